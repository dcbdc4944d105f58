package dev.newsclaims.ingest;

/**
 * Recognises binary files by their full signatures, and any other binary by its control bytes. A
 * signature is only trusted when it cannot open a sentence: "MZUZU, Malawi" or "SQLite 3.45 released"
 * are text, so a short printable prefix alone never decides.
 */
final class BinarySniffer {

    private BinarySniffer() {}

    /** The detected binary type (a MIME type), or null when the bytes may be text. */
    static String detect(byte[] b) {
        if (isPdf(b)) return "application/pdf";
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return "image/png";
        if (starts(b, 0xFF, 0xD8, 0xFF)) return "image/jpeg";
        if (startsText(b, "GIF87a") || startsText(b, "GIF89a")) return "image/gif";
        if (startsText(b, "RIFF") && b.length >= 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return "image/webp";
        }
        if (isZip(b)) return "application/zip";
        if (starts(b, 0x1F, 0x8B, 0x08)) return "application/gzip";
        if (starts(b, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) return "application/x-7z-compressed";
        if (starts(b, 'R', 'a', 'r', '!', 0x1A, 0x07)) return "application/vnd.rar";
        if (isBzip2(b)) return "application/x-bzip2";
        if (starts(b, 0xFD, '7', 'z', 'X', 'Z', 0x00)) return "application/x-xz";
        if (isElf(b)) return "application/x-executable";
        if (isPortableExecutable(b)) return "application/x-msdownload";
        if (starts(b, 0xCA, 0xFE, 0xBA, 0xBE)) return "application/java-vm";
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) return "application/x-ole-storage";
        if (starts(b, 0x00, 0x00, 0x00) && b.length > 8 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') {
            return "video/mp4";
        }
        if (isId3(b) || b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xE6) == 0xE2) return "audio/mpeg";
        if (starts(b, 'O', 'g', 'g', 'S', 0x00)) return "application/ogg";
        if (starts(b, 'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', 0x00)) {
            return "application/vnd.sqlite3";
        }
        return looksBinary(b) ? "application/octet-stream" : null;
    }

    /** "%PDF-" and a version such as 1.7 or 2.0. */
    private static boolean isPdf(byte[] b) {
        return startsText(b, "%PDF-") && b.length >= 8 && isDigit(b[5]) && b[6] == '.' && isDigit(b[7]);
    }

    /** A local file header (PK\3\4, a plausible "version needed" below 10.0) or an empty archive (PK\5\6). */
    private static boolean isZip(byte[] b) {
        if (starts(b, 'P', 'K', 0x05, 0x06)) {
            return b.length >= 22;
        }
        return starts(b, 'P', 'K', 0x03, 0x04) && b.length >= 30 && (b[4] & 0xFF) <= 100 && b[5] == 0;
    }

    /** "BZh", a block size digit, then the block or end-of-stream magic (the digits of pi, of sqrt(pi)). */
    private static boolean isBzip2(byte[] b) {
        if (!startsText(b, "BZh") || b.length < 10 || b[3] < '1' || b[3] > '9') {
            return false;
        }
        return at(b, 4, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59) || at(b, 4, 0x17, 0x72, 0x45, 0x38, 0x50, 0x90);
    }

    /** 0x7F "ELF", a class (32/64-bit), a byte order and version 1. */
    private static boolean isElf(byte[] b) {
        return starts(b, 0x7F, 'E', 'L', 'F') && b.length >= 7 && (b[4] == 1 || b[4] == 2) && (b[5] == 1 || b[5] == 2)
                && b[6] == 1;
    }

    /** "MZ" and, at the offset stored at 0x3C, the "PE\0\0" header of a Windows executable. */
    private static boolean isPortableExecutable(byte[] b) {
        if (!startsText(b, "MZ") || b.length < 0x40) {
            return false;
        }
        long offset = (b[0x3C] & 0xFFL) | (b[0x3D] & 0xFFL) << 8 | (b[0x3E] & 0xFFL) << 16 | (b[0x3F] & 0xFFL) << 24;
        return offset >= 0x40 && offset + 4 <= b.length && at(b, (int) offset, 'P', 'E', 0, 0);
    }

    /** "ID3", a major version 2 to 4, and a revision byte 0. */
    private static boolean isId3(byte[] b) {
        return startsText(b, "ID3") && b.length >= 10 && b[3] >= 2 && b[3] <= 4 && b[4] == 0;
    }

    /**
     * Text has almost no control bytes other than tab and line breaks. UTF-16 text (with a BOM)
     * has NULs in every other byte, so it is let through.
     */
    private static boolean looksBinary(byte[] b) {
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) {
            return false;
        }
        int sample = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return sample > 0 && control * 20 > sample;
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    private static boolean startsText(byte[] b, String ascii) {
        if (b.length < ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (b[i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean starts(byte[] b, int... magic) {
        return at(b, 0, magic);
    }

    private static boolean at(byte[] b, int offset, int... magic) {
        if (offset < 0 || b.length - offset < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[offset + i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
