// OLE compound files told apart by their directory: an .xls, a password-protected workbook, one
// under rights management (IRM, a sensitivity label with encryption), or something else.
import { describe, expect, it } from 'vitest';
import { cfbKind, cfbNames } from '../../core/io/cfb';
import { readWorkbookBytes } from '../../core/io';
import { compoundFile } from '../bad/make-corpus';

const ROOT = 'Root Entry';

describe('cfbKind', () => {
  it.each([
    // directory entries after the root → kind
    [['Workbook', '\u0005SummaryInformation'], 'xls'],
    [['Book'], 'xls'],
    [['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces'], 'encrypted'],
    [['EncryptedPackage'], 'encrypted'],
    // ECMA-376 under IRM: MS-OFFCRYPTO's DRM data space and transform, no EncryptionInfo.
    [
      [
        '\u0006DataSpaces',
        'DataSpaceInfo',
        'DRMEncryptedDataSpace',
        'TransformInfo',
        'DRMEncryptedTransform',
        'EncryptedPackage',
      ],
      'rights',
    ],
    [['DRMEncryptedTransform', 'EncryptedPackage'], 'rights'],
    // An .xls under IRM keeps a placeholder Workbook stream beside its \x09DRM storages.
    [
      [
        'Workbook',
        '\u0006DataSpaces',
        '\u0009DRMDataSpace',
        '\u0009DRMTransform',
        '\u0009DRMContent',
      ],
      'rights',
    ],
    [['WordDocument', '1Table'], 'other'],
    // A name that only contains a DRM name is not it.
    [['NotDRMEncryptedTransform'], 'other'],
  ])('%j → %s', (names, kind) => {
    const bytes = compoundFile([ROOT, ...names]);
    expect(cfbNames(bytes)).toEqual([ROOT, ...names]);
    expect(cfbKind(bytes)).toBe(kind);
  });
});

describe('a workbook under rights management', () => {
  it('is refused with what to do in Danish and English, not with a password to remove', async () => {
    const bytes = compoundFile([
      ROOT,
      'DRMEncryptedDataSpace',
      'DRMEncryptedTransform',
      'EncryptedPackage',
    ]);
    const read = await readWorkbookBytes(bytes, 'Budget 2025.xlsx');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error.code).toBe('RIGHTS_PROTECTED');
    expect(read.error.message.da).toMatch(/^Budget 2025\.xlsx er beskyttet med rettighedsstyring/);
    expect(read.error.message.da).toContain('følsomhedsmærkat uden kryptering');
    expect(read.error.message.en).toContain('Restrict Access > Unrestricted Access');
    expect(read.error.message.da).not.toContain('adgangskode');
  });
});
