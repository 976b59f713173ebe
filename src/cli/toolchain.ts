// The compiler stages the CLI drives, loaded on first use: `--help` and config errors never pay for
// loading the TypeScript compiler, and a command loads only the backends it writes output for.
// In: nothing. Out: loaders for the front end (with the diagnostic formatter), the Anchor backend and the
// sBPF build (src/pipeline/sbf.ts, which runs the Anchor backend for the error origins the binary logs).

export type Frontend = typeof import('../frontend/index.js') & Pick<typeof import('../diagnostics/format.js'), 'formatDiagnostic'>;

export async function loadFrontend(): Promise<Frontend> {
  const [frontend, format] = await Promise.all([import('../frontend/index.js'), import('../diagnostics/format.js')]);
  return { ...frontend, formatDiagnostic: format.formatDiagnostic };
}

export const loadAnchorBackend = (): Promise<typeof import('../backends/anchor/index.js')> => import('../backends/anchor/index.js');
export const loadSbfBuild = (): Promise<typeof import('../pipeline/sbf.js')> => import('../pipeline/sbf.js');
