package id.jalin.crossservice.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.access.TestPermissions;
import id.jalin.kernel.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhotoFolderImportTest {
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    @TempDir
    Path folder;

    @Test
    void photosAreMatchedByNumberWithinOneLibraryAndNonImagesSetAside() throws Exception {
        InMemoryCrossServiceRepository repository = new InMemoryCrossServiceRepository();
        CardHolder siti = repository.saveHolder(Holders.student(1, "180110220001", "Siti Nurhaliza"));
        CardHolder budi = repository.saveHolder(Holders.student(1, "180110220002", "Budi Hartono"));
        repository.saveHolder(Holders.student(2, "13519001", "Rizky"));
        Files.write(folder.resolve("180110220001.jpg"), JPEG);
        Files.write(folder.resolve("180110220002.PNG"), PNG);
        Files.write(folder.resolve("13519001.jpg"), JPEG); // another campus's student
        Files.writeString(folder.resolve("180110220003.jpg"), "not a picture");
        Files.writeString(folder.resolve("180110220002.txt"), "renamed text");

        PhotoImportReport report = new PhotoFolderImport(repository, TestPermissions.AS_COORDINATOR).importFrom(folder, 1, Progress.NONE);

        assertThat(report.matched()).containsExactly("180110220001.jpg", "180110220002.PNG");
        assertThat(report.unmatched()).containsExactly("13519001.jpg", "180110220003.jpg");
        assertThat(report.setAside()).singleElement().satisfies(s -> {
            assertThat(s.fileName()).isEqualTo("180110220002.txt");
            assertThat(s.reasons()).extracting(e -> e.messageKey()).containsExactly("holder.error.photo.type");
        });
        assertThat(repository.photo(siti.id())).get().satisfies(p -> assertThat(p.mediaType()).isEqualTo("image/jpeg"));
        assertThat(repository.photo(budi.id())).get().satisfies(p -> assertThat(p.mediaType()).isEqualTo("image/png"));
    }

    @Test
    void onlyJpegAndPngAreAccepted() {
        CardHolderService service = new CardHolderService(new InMemoryCrossServiceRepository(), TestPermissions.AS_COORDINATOR);
        assertThat(service.setPhoto(1, "scan.pdf", "%PDF-1.7".getBytes()).isSaved()).isFalse();
        assertThat(service.setPhoto(1, "a.jpg", JPEG).isSaved()).isTrue();
    }
}
