package id.jalin.crossservice.domain;

import id.jalin.kernel.task.Progress;
import id.jalin.kernel.validation.Validation;
import java.io.IOException;
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
 * repeat across campuses. All matched photos are stored in one transaction.
 */
public final class PhotoFolderImport {
    private final CrossServiceRepository repository;

    public PhotoFolderImport(CrossServiceRepository repository) {
        this.repository = repository;
    }

    public PhotoImportReport importFrom(Path folder, long homeLibraryId, Progress progress) throws IOException {
        Map<String, CardHolder> byNumber = repository.holdersOf(homeLibraryId).stream()
                .collect(Collectors.toMap(CardHolder::number, Function.identity()));
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        Map<Long, Photo> photos = new LinkedHashMap<>();
        List<String> matched = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        List<PhotoImportReport.SetAside> setAside = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            progress.checkCancelled();
            String fileName = files.get(i).getFileName().toString();
            CardHolder holder = byNumber.get(numberOf(fileName));
            if (holder == null) {
                unmatched.add(fileName);
                continue;
            }
            byte[] content = Files.readAllBytes(files.get(i));
            Validation check = PhotoCheck.check(fileName, content);
            if (check.isValid()) {
                photos.put(holder.id(), Photo.of(content).orElseThrow());
                matched.add(fileName);
            } else {
                setAside.add(new PhotoImportReport.SetAside(fileName, check.errors()));
            }
            progress.update(i + 1, files.size());
        }
        if (!photos.isEmpty()) {
            repository.savePhotos(photos, progress);
        }
        return new PhotoImportReport(matched, unmatched, setAside);
    }

    /** The holder number a file name stands for, normalised like {@link CardHolder#number()}. */
    static String numberOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String base = dot > 0 ? fileName.substring(0, dot) : fileName;
        return CardHolder.newHolder(0, base, "", "", HolderKind.STUDENT, "", "").number();
    }
}
