package dev.newsclaims.ingest;

/** Recognises binary files by their magic numbers, and any other binary by its control bytes. */
final class BinarySniffer {

    private BinarySniffer() {}

    /** The detected binary type (a MIME type), or null when the bytes may be text. */
    static String detect(byte[] b) {
        if (starts(b, 0x25, 0x50, 0x44, 0x46)) return "application/pdf";
        if (starts(b, 0x89, 0x50, 0x4E, 0x47)) return "image/png";
        if (starts(b, 0xFF, 0xD8, 0xFF)) return "image/jpeg";
        if (starts(b, 0x47, 0x49, 0x46, 0x38)) return "image/gif";
        if (starts(b, 0x52, 0x49, 0x46, 0x46) && b.length >= 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return "image/webp";
        }
        if (starts(b, 0x50, 0x4B, 0x03, 0x04) || starts(b, 0x50, 0x4B, 0x05, 0x06)) return "application/zip";
        if (starts(b, 0x1F, 0x8B)) return "application/gzip";
        if (starts(b, 0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C)) return "application/x-7z-compressed";
        if (starts(b, 0x52, 0x61, 0x72, 0x21)) return "application/vnd.rar";
        if (starts(b, 0x42, 0x5A, 0x68)) return "application/x-bzip2";
        if (starts(b, 0xFD, 0x37, 0x7A, 0x58, 0x5A)) return "application/x-xz";
        if (starts(b, 0x7F, 0x45, 0x4C, 0x46)) return "application/x-executable";
        if (starts(b, 0x4D, 0x5A)) return "application/x-msdownload";
        if (starts(b, 0xCA, 0xFE, 0xBA, 0xBE)) return "application/java-vm";
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0)) return "application/x-ole-storage";
        if (starts(b, 0x00, 0x00, 0x00) && b.length > 8 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') {
            return "video/mp4";
        }
        if (starts(b, 0x49, 0x44, 0x33) || starts(b, 0xFF, 0xFB)) return "audio/mpeg";
        if (starts(b, 0x4F, 0x67, 0x67, 0x53)) return "application/ogg";
        if (starts(b, 0x53, 0x51, 0x4C, 0x69, 0x74, 0x65)) return "application/vnd.sqlite3";
        return looksBinary(b) ? "application/octet-stream" : null;
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

    private static boolean starts(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
