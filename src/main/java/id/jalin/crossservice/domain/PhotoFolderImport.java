package id.jalin.crossservice.domain;

import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.task.Progress;
import id.jalin.kernel.validation.Validation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Takes holders' photos from a folder, as campuses hand them over: one file per person, named by the student
 * or staff number ({@code 1301194021.jpg}). Only the holders of one home library are matched, because numbers
 * repeat across campuses. All matched photos are stored in one transaction. Each file is read twice, once to
 * check it and once to store it, so that only one photo (up to 2 MB) is in memory at a time, however many the
 * folder holds.
 */
public final class PhotoFolderImport {
    private final CrossServiceRepository repository;
    private final Permissions permissions;

    /** The photos are the home library's holders': forum staff or that library's staff (decision record 0016). */
    public PhotoFolderImport(CrossServiceRepository repository, Permissions permissions) {
        this.repository = repository;
        this.permissions = permissions;
    }

    public PhotoImportReport importFrom(Path folder, long homeLibraryId, Progress progress) throws IOException {
        permissions.requireLibrary(homeLibraryId, "import holders' photos");
        Map<String, CardHolder> byNumber = repository.holdersOf(homeLibraryId).stream()
                .collect(Collectors.toMap(CardHolder::number, Function.identity()));
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        Map<Long, Path> photos = new LinkedHashMap<>();
        List<String> matched = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        List<PhotoImportReport.SetAside> setAside = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            progress.checkCancelled();
            String fileName = files.get(i).getFileName().toString();
            CardHolder holder = byNumber.get(numberOf(fileName));
            if (holder == null) {
                unmatched.add(fileName);
                progress.update(i + 1, files.size());
                continue;
            }
            // A file far too large to be a photo is set aside by its size, never read into memory whole.
            Validation check = Files.size(files.get(i)) > Photo.MAX_BYTES
                    ? PhotoCheck.tooLarge(fileName)
                    : PhotoCheck.check(fileName, Files.readAllBytes(files.get(i)));
            if (check.isValid()) {
                photos.put(holder.id(), files.get(i));
                matched.add(fileName);
            } else {
                setAside.add(new PhotoImportReport.SetAside(fileName, check.errors()));
            }
            progress.update(i + 1, files.size());
        }
        if (!photos.isEmpty()) {
            try {
                repository.savePhotos(readLazily(photos), photos.size(), progress);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return new PhotoImportReport(matched, unmatched, setAside);
    }

    /** The checked photos, each read from its file only when the repository asks for it. */
    private static Iterable<HolderPhoto> readLazily(Map<Long, Path> photos) {
        return () -> photos.entrySet().stream().map(entry -> {
            try {
                byte[] content = Files.readAllBytes(entry.getValue());
                // a file changed since it was checked is refused rather than stored unchecked
                return new HolderPhoto(entry.getKey(), Photo.of(content).filter(p -> content.length <= Photo.MAX_BYTES)
                        .orElseThrow(() -> new UncheckedIOException(new IOException(entry.getValue() + " changed"))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).iterator();
    }

    /** The holder number a file name stands for, normalised like {@link CardHolder#number()}. */
    static String numberOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String base = dot > 0 ? fileName.substring(0, dot) : fileName;
        return CardHolder.newHolder(0, base, "", "", HolderKind.STUDENT, "", "").number();
    }
}
