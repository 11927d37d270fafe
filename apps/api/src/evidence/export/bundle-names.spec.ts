import { bundleFileNames } from './bundle-names';

describe('bundleFileNames', () => {
  it('numbers names that clash regardless of case, before their extension', () => {
    expect(bundleFileNames(['photo.png', 'Photo.PNG', 'photo.png', 'notes'])).toEqual([
      'photo.png',
      'Photo (2).PNG',
      'photo (3).png',
      'notes',
    ]);
  });

  it('keeps no path, and no character a FAT or NTFS disk refuses', () => {
    expect(bundleFileNames(['../../etc/passwd', 'a:b*c?.txt', 'C:\\x\\y.jpg'])).toEqual([
      '.._.._etc_passwd',
      'a_b_c_.txt',
      'C__x_y.jpg',
    ]);
  });
});
