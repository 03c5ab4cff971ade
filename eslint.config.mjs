import nextCoreWebVitals from 'eslint-config-next/core-web-vitals'
import nextTypeScript from 'eslint-config-next/typescript'

// Dependencies point one way: routes use components, components use lib, lib uses neither.
const layerRule = (forbidden) => [
  'error',
  {
    patterns: forbidden.map((layer) => ({
      group: [`@/${layer}/*`, `**/${layer}/*`],
      message: `Imports go app → components → lib; this file may not import from ${layer}/.`,
    })),
  },
]

const config = [
  ...nextCoreWebVitals,
  ...nextTypeScript,
  {
    // Rules that need types: a promise nobody awaits loses its error, and a switch over a
    // union must say what each new member does.
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    languageOptions: { parserOptions: { projectService: true } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
    },
  },
  { files: ['lib/**'], rules: { 'no-restricted-imports': layerRule(['app', 'components']) } },
  { files: ['components/**'], rules: { 'no-restricted-imports': layerRule(['app']) } },
  {
    ignores: [
      '.next/**',
      '.next-update/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
      // The bench's reference app (its own tsconfig; built by the bench): its output and types.
      'bench/reference-next/.next-reference/**',
      'bench/reference-next/next-env.d.ts',
    ],
  },
]

export default config
