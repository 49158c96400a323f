package id.jalin.training.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.zxing.BarcodeFormat;
import id.jalin.kernel.pdf.Box;
import id.jalin.kernel.pdf.DocumentResources;
import id.jalin.kernel.pdf.PageCanvas;
import id.jalin.kernel.pdf.PageSize;
import id.jalin.kernel.task.CancelledException;
import id.jalin.kernel.task.Progress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

class BadgePdfTest {
    private static final List<Badge> BADGES = TrainingSamples.badges();

    private static byte[] write(BadgeSize size, Progress progress) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BadgePdf(TrainingSamples.letterhead()).write(BADGES, size, out, progress);
        return out.toByteArray();
    }

    private static void assertPages(byte[] pdf, int count, float widthMm, float heightMm) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(count);
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth() / 72f * 25.4f).isCloseTo(widthMm, within(0.2f));
                assertThat(page.getMediaBox().getHeight() / 72f * 25.4f).isCloseTo(heightMm, within(0.2f));
            }
        }
    }

    @Test
    void a6BadgesComeFourToAnA4SheetAndTheirBarcodesScan() throws IOException {
        byte[] pdf = write(BadgeSize.A6_FOUR_ON_A4, Progress.NONE);

        assertPages(pdf, 2, 210, 297);
        assertThat(TrainingPdfs.codes(TrainingPdfs.render(pdf, 0, 150), BarcodeFormat.CODE_128))
                .containsExactlyInAnyOrder("TRN26-0001-001", "TRN26-0001-002", "TRN26-0001-003", "TRN26-0001-004");
        assertThat(TrainingPdfs.codes(TrainingPdfs.render(pdf, 1, 150), BarcodeFormat.CODE_128))
                .containsExactly("TRN26-0001-005");
        String text = TrainingPdfs.text(pdf);
        for (Badge badge : BADGES) {
            assertThat(text).contains(badge.name(), badge.code());
        }
        assertThat(text).contains("PESERTA", "Participant", "PEMATERI", "Speaker", "PANITIA", "Committee",
                "9\u201311 Maret 2026", TrainingSamples.INSTITUTION);
    }

    @Test
    void id1BadgesComeOneACardAndTheirBarcodesScan() throws IOException {
        byte[] pdf = write(BadgeSize.ID_1, Progress.NONE);

        assertPages(pdf, BADGES.size(), 85.6f, 53.98f);
        for (int i = 0; i < BADGES.size(); i++) {
            assertThat(TrainingPdfs.codes(TrainingPdfs.render(pdf, i, 300), BarcodeFormat.CODE_128))
                    .containsExactly(BADGES.get(i).code());
            assertThat(TrainingPdfs.pageText(pdf, i + 1)).contains(BADGES.get(i).name());
        }
    }

    @Test
    void longNamesShrinkAndWrapOnBothSizesButAreNeverCut() throws IOException {
        Badge longest = TrainingSamples.badge(TrainingSamples.VERY_LONG_NAME, TrainingRole.COMMITTEE, "X-1");
        try (PDDocument document = new PDDocument()) {
            DocumentResources resources = DocumentResources.embedIn(document);
            BadgePainter painter = new BadgePainter(TrainingSamples.letterhead());
            try (PageCanvas canvas = PageCanvas.onNewPage(resources, PageSize.A4)) {
                FitText.Fitted a6 = painter.paintA6(canvas, longest, BadgePdf.tile(0));
                assertThat(a6.style().size()).isLessThan(24f);
                assertThat(String.join(" ", a6.lines())).isEqualTo(TrainingSamples.VERY_LONG_NAME);
            }
            try (PageCanvas canvas = PageCanvas.onNewPage(resources, PageSize.ID_1)) {
                FitText.Fitted id1 = painter.paintId1(canvas, longest,
                        new Box(0, 0, PageSize.ID_1.width(), PageSize.ID_1.height()));
                assertThat(id1.lines()).hasSizeGreaterThan(1);
                assertThat(String.join(" ", id1.lines())).isEqualTo(TrainingSamples.VERY_LONG_NAME);
            }
        }
    }

    @Test
    void reportsEachBadgeAndStopsOnCancel() {
        List<Long> done = new ArrayList<>();
        Progress cancelAfterTwo = new Progress() {
            @Override
            public void update(long d, long total) {
                done.add(d);
            }

            @Override
            public boolean isCancelled() {
                return done.size() >= 2;
            }
        };

        assertThatThrownBy(() -> write(BadgeSize.ID_1, cancelAfterTwo)).isInstanceOf(CancelledException.class);
        assertThat(done).containsExactly(1L, 2L);
    }
}
