import { webpack, type StatsChunk, type StatsCompilation, type StatsModule } from 'webpack';
import { addinConfig } from '../../webpack.config';

/**
 * Runs the production build (what `npm run build` does) into `outputPath`, with `baseUrl` as
 * ADDIN_BASE_URL, and returns webpack's module graph: chunks with their modules, concatenated
 * modules opened up.
 */
export function buildAddin(outputPath: string, baseUrl: string): Promise<StatsCompilation> {
  const config = addinConfig({ mode: 'production', baseUrl, outputPath });
  return new Promise((done, fail) =>
    webpack(config, (error, result) => {
      if (error || !result) return fail(error ?? new Error('webpack gave no stats'));
      if (result.hasErrors()) return fail(new Error(result.toString('errors-only')));
      done(
        result.toJson({
          all: false,
          chunks: true,
          chunkModules: true,
          nestedModules: true,
          dependentModules: true,
          chunkModulesSpace: Infinity,
          nestedModulesSpace: Infinity,
        }),
      );
    }),
  );
}

/** The source files a chunk holds, by path (node_modules included). */
export function modulesOf(chunk: StatsChunk | undefined): string[] {
  const flat = (m: StatsModule): string[] => [m.nameForCondition ?? '', ...(m.modules ?? []).flatMap(flat)];
  return (chunk?.modules ?? []).flatMap(flat).filter((path) => path !== '');
}
