import type { Localized } from './i18n.js';

/**
 * Providing agencies (услугодатели). Each agency gets its own gateway→agency queue and a staff
 * group; adding an agency here adds both, in the CDK stack and in the local cloud alike.
 */
export interface Agency {
  /** Stable id, kebab-case; used in queue ids, staff groups and keys. */
  id: string;
  /** Short code printed in registration numbers. */
  code: string;
  name: Localized;
}

export const agencies: readonly Agency[] = [
  {
    id: 'mangystau-archives',
    code: 'MNG-ARH',
    name: {
      kk: 'Маңғыстау облысының мұрағаттар және құжаттама басқармасы',
      ru: 'Управление архивов и документации Мангистауской области',
      en: 'Mangystau Oblast Department of Archives and Documentation',
    },
  },
  {
    // Provider of seed 002 (foreign periodicals); its services arrive with the catalogue work.
    id: 'vko-internal-policy',
    code: 'VKO-IP',
    name: {
      kk: 'Шығыс Қазақстан облысының ішкі саясат басқармасы',
      ru: 'Управление внутренней политики Восточно-Казахстанской области',
      en: 'East Kazakhstan Oblast Department of Internal Policy',
    },
  },
  {
    // Provider of seed 003 (licences and permits in communications).
    id: 'mtc-communications-committee',
    code: 'MTC-KSI',
    name: {
      kk: 'Көлік және коммуникация министрлігінің Байланыс және ақпараттандыру комитеті',
      ru: 'Комитет связи и информатизации Министерства транспорта и коммуникаций',
      en: 'Committee for Communications and Informatization, Ministry of Transport and Communications',
    },
  },
  {
    // Provider of seed 004 regulation 1 (certificates to unemployed citizens).
    id: 'oskemen-employment',
    code: 'OSK-ZH',
    name: {
      kk: 'Өскемен қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
      ru: 'Отдел занятости и социальных программ города Усть-Каменогорска',
      en: 'Ust-Kamenogorsk City Department of Employment and Social Programmes',
    },
  },
  {
    // Provider of seed 000 (accounting of foreign mass media).
    id: 'mangystau-internal-policy',
    code: 'MNG-ISB',
    name: {
      kk: 'Маңғыстау облыстық ішкі саясат басқармасы',
      ru: 'Управление внутренней политики Мангистауской области',
      en: 'Mangystau Oblast Department of Internal Policy',
    },
  },
  {
    // Provider of seed 004 regulations 2–4 and 6 (guardianship, custody, preschool queue).
    id: 'oskemen-education',
    code: 'OSK-BB',
    name: {
      kk: 'Өскемен қаласының білім беру бөлімі',
      ru: 'Отдел образования города Усть-Каменогорска',
      en: 'Ust-Kamenogorsk City Department of Education',
    },
  },
  {
    // Provider of seed 004 regulation 7 (registration and queue of citizens needing housing).
    id: 'oskemen-housing',
    code: 'OSK-TKSH',
    name: {
      kk: 'Өскемен қаласының тұрғын үй-коммуналдық шаруашылығы, жолаушылар көлігі және автомобиль жолдары бөлімі',
      ru: 'Отдел жилищно-коммунального хозяйства, пассажирского транспорта и автомобильных дорог города Усть-Каменогорска',
      en: 'Ust-Kamenogorsk City Department of Housing and Communal Services, Passenger Transport and Roads',
    },
  },
  {
    // Second provider of seed 004 regulation 6 (preschool queue): children of the Menovnoye rural district.
    id: 'menovnoye-akim',
    code: 'OSK-MEN',
    name: {
      kk: 'Өскемен қаласының Меновной ауылдық округі әкімінің аппараты',
      ru: 'Аппарат акима Меновного сельского округа города Усть-Каменогорска',
      en: 'Office of the Akim of Menovnoye Rural District, Ust-Kamenogorsk',
    },
  },
  {
    // Seed 003 App.4 (REM/HFD permit): the Committee's Inspectorate where the radio-frequency resource is used.
    id: 'mtc-inspectorate-east-kazakhstan',
    code: 'MTC-VKO',
    name: {
      kk: 'Байланыс және ақпараттандыру комитетінің Шығыс Қазақстан облысы бойынша байланыс және ақпараттандыру инспекциясы',
      ru: 'Инспекция связи и информатизации по Восточно-Казахстанской области Комитета связи и информатизации',
      en: 'Communications and Informatization Inspectorate for East Kazakhstan Region, Committee for Communications and Informatization',
    },
  },
  {
    id: 'mtc-inspectorate-mangystau',
    code: 'MTC-MNG',
    name: {
      kk: 'Байланыс және ақпараттандыру комитетінің Маңғыстау облысы бойынша байланыс және ақпараттандыру инспекциясы',
      ru: 'Инспекция связи и информатизации по Мангистауской области Комитета связи и информатизации',
      en: 'Communications and Informatization Inspectorate for Mangystau Region, Committee for Communications and Informatization',
    },
  },
];

export function findAgency(id: string): Agency | undefined {
  return agencies.find((a) => a.id === id);
}

/** PascalCase form of an agency id, for construct ids ("mangystau-archives" → "MangystauArchives"). */
export function agencyPascal(id: string): string {
  return id
    .split('-')
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join('');
}

/** Id of the gateway→agency queue of an agency (each providing agency has its own). */
export const agencyQueueId = (agencyId: string) => `GatewayToAgency${agencyPascal(agencyId)}`;
