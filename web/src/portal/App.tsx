/** The citizen portal (ПЭП): routes. */
import { Route, Routes } from 'react-router';
import { Shell } from '../common/Shell';

export function App() {
  return (
    <Shell title="e-Qyzmet" home="/" nav={[]}>
      <Routes>
        <Route path="*" element={<p>e-Qyzmet</p>} />
      </Routes>
    </Shell>
  );
}
