package id.jalin.training.ui;

import id.jalin.kernel.i18n.Messages;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A month on one page: the weeks as rows starting on the locale's first day, the weekday names in the language
 * shown, the days of the month with what happens on each (clicked to open), the days of the months around it
 * muted and today marked. Entries wrap rather than being cut; a busy month scrolls.
 *
 * @param <T> what an entry stands for (a session of an event)
 */
final class MonthCalendar<T> {
    /** One thing on one day: its words in the cell and what opening it gives. */
    record Entry<T>(LocalDate date, String text, T item) {
    }

    private final Messages messages;
    private final Supplier<LocalDate> today;
    private final Locale locale;
    private final DayOfWeek firstDay;
    private final DateTimeFormatter monthTitle;
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final GridPane grid = new GridPane();
    private final Label title = new Label();
    private final BorderPane root = new BorderPane();
    private final Map<LocalDate, VBox> cells = new LinkedHashMap<>();
    private Consumer<T> onOpen = item -> { };

    MonthCalendar(Messages messages, Supplier<LocalDate> today) {
        this.messages = messages;
        this.today = today;
        this.locale = messages.language().locale();
        this.firstDay = WeekFields.of(locale).getFirstDayOfWeek();
        this.monthTitle = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
        build();
        month.addListener((obs, old, now) -> layOut(now));
        month.set(YearMonth.from(today.get()));
    }

    Node root() {
        return root;
    }

    /** The month shown; the screen listens to read that month's entries. */
    ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    /** The first and last day the grid shows, which may lie in the months before and after. */
    LocalDate firstShown() {
        return month.get().atDay(1).with(TemporalAdjusters.previousOrSame(firstDay));
    }

    LocalDate lastShown() {
        return firstShown().plusWeeks(6).minusDays(1);
    }

    void onOpen(Consumer<T> open) {
        this.onOpen = open;
    }

    /** Puts the entries in their days, in the order given; entries outside the grid are left out. */
    void show(List<Entry<T>> entries) {
        cells.values().forEach(cell -> cell.getChildren().remove(1, cell.getChildren().size()));
        for (Entry<T> entry : entries) {
            VBox cell = cells.get(entry.date());
            if (cell == null) {
                continue;
            }
            Label label = new Label(entry.text());
            label.getStyleClass().add("calendar-entry");
            label.setWrapText(true);
            label.setMaxWidth(Double.MAX_VALUE);
            label.setMinHeight(Region.USE_PREF_SIZE);
            label.setOnMouseClicked(event -> onOpen.accept(entry.item()));
            cell.getChildren().add(label);
        }
    }

    private void build() {
        root.getStylesheets().add(MonthCalendar.class.getResource("screens.css").toExternalForm());
        root.setId("trainingCalendar");
        Button previous = new Button(messages.get("training.ui.calendar.previous"));
        previous.setTooltip(new javafx.scene.control.Tooltip(messages.get("training.ui.calendar.previousHint")));
        previous.setId("calendarPrevious");
        previous.setOnAction(event -> month.set(month.get().minusMonths(1)));
        Button next = new Button(messages.get("training.ui.calendar.next"));
        next.setTooltip(new javafx.scene.control.Tooltip(messages.get("training.ui.calendar.nextHint")));
        next.setId("calendarNext");
        next.setOnAction(event -> month.set(month.get().plusMonths(1)));
        Button thisMonth = new Button(messages.get("training.ui.calendar.today"));
        thisMonth.setId("calendarToday");
        thisMonth.setMinWidth(Region.USE_PREF_SIZE);
        thisMonth.setOnAction(event -> month.set(YearMonth.from(today.get())));
        title.setId("calendarMonth");
        title.getStyleClass().add("calendar-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, previous, next, thisMonth, title);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 8, 0));
        root.setTop(bar);
        grid.getStyleClass().add("calendar-grid");
        for (int column = 0; column < 7; column++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setPercentWidth(100.0 / 7);
            constraints.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(constraints);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        // the weeks fill the height shown, and grow past it (the pane scrolls) when a day holds more than fits
        grid.minHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> scroll.getViewportBounds().getHeight(), scroll.viewportBoundsProperty()));
        scroll.setId("calendarScroll");
        root.setCenter(scroll);
    }

    private void layOut(YearMonth shown) {
        title.setText(capitalised(monthTitle.format(shown)));
        grid.getChildren().clear();
        cells.clear();
        for (int column = 0; column < 7; column++) {
            DayOfWeek day = firstDay.plus(column);
            Label name = new Label(day.getDisplayName(TextStyle.SHORT, locale));
            name.getStyleClass().add("calendar-weekday");
            name.setMaxWidth(Double.MAX_VALUE);
            name.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(name, column, 0);
        }
        LocalDate day = firstShown();
        LocalDate now = today.get();
        for (int week = 1; week <= 6; week++) {
            for (int column = 0; column < 7; column++) {
                Label number = new Label(String.valueOf(day.getDayOfMonth()));
                number.getStyleClass().add("calendar-day-number");
                number.setMinWidth(Region.USE_PREF_SIZE);
                VBox cell = new VBox(2, number);
                cell.getStyleClass().add("calendar-day");
                cell.setId("calendarDay-" + day);
                if (!YearMonth.from(day).equals(shown)) {
                    cell.getStyleClass().add("calendar-other-month");
                }
                if (day.equals(now)) {
                    cell.getStyleClass().add("calendar-today");
                }
                cell.setMinHeight(70);
                cell.setMaxWidth(Double.MAX_VALUE);
                GridPane.setVgrow(cell, Priority.ALWAYS);
                GridPane.setHgrow(cell, Priority.ALWAYS);
                cells.put(day, cell);
                grid.add(cell, column, week);
                day = day.plusDays(1);
            }
        }
    }

    /** Indonesian month names are lower case when standing alone ("desember"); a title starts with a capital. */
    private String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    /** The entries of the days shown, in the order of the list given: for tests and the screen's own checks. */
    List<String> textsOn(LocalDate date) {
        VBox cell = cells.get(date);
        List<String> texts = new ArrayList<>();
        if (cell != null) {
            cell.getChildren().stream().skip(1).forEach(node -> texts.add(((Label) node).getText()));
        }
        return texts;
    }
}
