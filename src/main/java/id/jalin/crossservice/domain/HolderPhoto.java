package id.jalin.crossservice.domain;

/** A photo on its way to a holder's record during an import. */
public record HolderPhoto(long holderId, Photo photo) {
}
