package id.jalin.forum.domain;

/**
 * Who signs papers in the forum's name (certificates above all): name, position such as "Ketua", and the scanned
 * signature (PNG or JPEG bytes; empty when the forum signs by hand on the printed paper).
 */
public record Signatory(String name, String position, byte[] image) {
    public static final Signatory NONE = new Signatory("", "", new byte[0]);

    public Signatory {
        name = name == null ? "" : name.strip();
        position = position == null ? "" : position.strip();
        image = image == null ? new byte[0] : image;
    }

    public boolean hasImage() {
        return image.length > 0;
    }

    public boolean isNamed() {
        return !name.isEmpty();
    }
}
