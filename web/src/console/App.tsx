/** The staff console: routes. */
import { Route, Routes } from 'react-router';
import { Shell } from '../common/Shell';

export function App() {
  return (
    <Shell title="e-Qyzmet · ИС МИО" home="/" nav={[]}>
      <Routes>
        <Route path="*" element={<p>console</p>} />
      </Routes>
    </Shell>
  );
}
