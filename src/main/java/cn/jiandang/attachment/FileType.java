package cn.jiandang.attachment;

import java.util.Optional;

/** The file types officials may attach, recognised by their first bytes, never by name or browser claim. */
public enum FileType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    private final String contentType;
    private final byte[] magic;

    FileType(String contentType, byte[] magic) {
        this.contentType = contentType;
        this.magic = magic;
    }

    public String contentType() {
        return contentType;
    }

    public static Optional<FileType> sniff(byte[] content) {
        for (FileType type : values()) {
            if (content.length >= type.magic.length && startsWith(content, type.magic)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
