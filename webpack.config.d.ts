import type { Configuration } from 'webpack';

/** webpack.config.js: the add-in's build, as a function of webpack-cli's env and argv. */
declare function makeConfig(
  env?: Record<string, unknown>,
  argv?: { mode?: 'production' | 'development' },
): Promise<
  Configuration & {
    entry: Record<string, string>;
    output: NonNullable<Configuration['output']>;
    optimization: NonNullable<Configuration['optimization']>;
    plugins: NonNullable<Configuration['plugins']>;
  }
>;
export default makeConfig;
