import { attachmentDisposition, safeFileName } from './file-name';

describe('evidence file names', () => {
  it('keeps any Unicode but nothing that climbs folders, controls or disguises', () => {
    expect(safeFileName('capture d’écran 😢.png')).toBe('capture d’écran 😢.png');
    expect(safeFileName('../../etc/passwd')).toBe('.._.._etc_passwd');
    expect(safeFileName('C:\\Users\\x\\photo.jpg')).toBe('C:_Users_x_photo.jpg');
    expect(safeFileName('a\u0000b\nc\u202egpj.exe')).toBe('abcgpj.exe');
    expect(safeFileName('..')).toBe('evidence');
    expect(safeFileName('\u0007')).toBe('evidence');
    expect([...safeFileName('é'.repeat(400))]).toHaveLength(255);
  });

  it('names the file for download in ASCII and, exactly, in filename*', () => {
    expect(attachmentDisposition('reçu "final" 100%.pdf')).toBe(
      `attachment; filename="re_u _final_ 100_.pdf"; filename*=UTF-8''re%C3%A7u%20%22final%22%20100%25.pdf`,
    );
  });
});
