// Builds the Excel add-in into dist/: the task pane, the custom functions (with functions.json
// made from their JSDoc by custom-functions-metadata-plugin), the ribbon commands, and, when
// addin/web/ exists, the standalone web page on the same pane. `npm run build` needs no
// certificates; only `npm run dev-server` (webpack serve) asks office-addin-dev-certs for them.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import CustomFunctionsMetadataPlugin from 'custom-functions-metadata-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';

const root = path.dirname(fileURLToPath(import.meta.url));
const at = (p) => path.resolve(root, p);
const require = createRequire(import.meta.url);

// Fluent's context selector imports `scheduler` as a peer; npm installed it only under react-dom.
const SCHEDULER = path.dirname(
  require.resolve('scheduler/package.json', {
    paths: [path.dirname(require.resolve('react-dom/package.json'))],
  }),
);

/** The origin the manifest names; for deployment set RAMME_URL to the internal web server's address. */
const DEV_URL = 'https://localhost:3000';
const PUBLIC_URL = (process.env.RAMME_URL ?? DEV_URL).replace(/\/$/, '');

const WEB_ENTRY = at('addin/web/index.tsx');
const WEB_TEMPLATE = at('addin/web/index.html');

export default async (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  const serving = Boolean(env.WEBPACK_SERVE);
  const withWeb = existsSync(WEB_ENTRY) && existsSync(WEB_TEMPLATE);

  const entry = {
    taskpane: at('addin/taskpane/main.tsx'),
    functions: at('addin/functions/functions.ts'),
    commands: at('addin/commands/commands.ts'),
    ...(withWeb ? { web: WEB_ENTRY } : {}),
  };

  const page = (name, template, chunks) =>
    new HtmlWebpackPlugin({
      filename: name,
      template,
      chunks,
      inject: 'body',
      scriptLoading: 'defer',
      minify: production,
    });

  const devServer = serving
    ? {
        port: 3000,
        host: 'localhost',
        headers: { 'Access-Control-Allow-Origin': '*' },
        static: { directory: at('dist') },
        server: {
          type: 'https',
          options: await (await import('office-addin-dev-certs')).getHttpsServerOptions(),
        },
        client: { overlay: false },
      }
    : undefined;

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry,
    output: {
      path: at('dist'),
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      // dist/cli is the CLI's build (scripts/build-cli.mjs): keep it.
      clean: { keep: /^cli[\\/]/ },
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs'], alias: { scheduler: SCHEDULER } },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } },
          },
        },
      ],
    },
    optimization: {
      // The functions runtime loads functions.js alone, so only the pane's chunks are split.
      splitChunks: {
        chunks: (chunk) => chunk.name === 'taskpane' || chunk.name === 'web',
        cacheGroups: {
          vendor: { test: /[\\/]node_modules[\\/]/, name: 'vendor', priority: -10 },
        },
      },
    },
    performance: { maxEntrypointSize: 1_200_000, maxAssetSize: 1_200_000, hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        input: at('addin/functions/functions.ts'),
        output: 'functions.json',
      }),
      // English descriptions for Excel in English (the manifest's en-US override); same ids.
      new CustomFunctionsMetadataPlugin({
        input: at('addin/functions/functions.en.ts'),
        output: 'functions-en.json',
      }),
      page('taskpane.html', at('addin/taskpane/taskpane.html'), ['taskpane']),
      page('functions.html', at('addin/functions/functions.html'), ['functions']),
      page('commands.html', at('addin/commands/commands.html'), ['commands']),
      ...(withWeb ? [page('index.html', WEB_TEMPLATE, ['web'])] : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: at('assets/*.png'), to: 'assets/[name][ext]' },
          {
            from: at('manifest.xml'),
            to: 'manifest.xml',
            transform: (content) =>
              production ? content.toString().replaceAll(DEV_URL, PUBLIC_URL) : content,
          },
        ],
      }),
    ],
    devServer,
  };
};
