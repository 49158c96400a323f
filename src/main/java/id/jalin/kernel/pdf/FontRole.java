package id.jalin.kernel.pdf;

/** The faces of the document font; every document uses the same family so they all look alike. */
public enum FontRole {
    REGULAR("fonts/DejaVuSans.ttf"),
    BOLD("fonts/DejaVuSans-Bold.ttf"),
    OBLIQUE("fonts/DejaVuSans-Oblique.ttf");

    private final String resource;

    FontRole(String resource) {
        this.resource = resource;
    }

    String resource() {
        return resource;
    }
}
