package id.jalin.kernel.importing;

import id.jalin.kernel.validation.FieldError;
import java.util.List;

/**
 * A feature's row-to-plan mapping: takes the rows one by one (a planner may group them, as members group staff
 * rows under a library code) and says why a row is refused, in bundle keys. One planner serves one file.
 */
public interface RowPlanner<T> {
    /** Takes a non-blank data row; the reasons it is refused, or an empty list when it is taken. */
    List<FieldError> add(ImportRow row);

    /** What the taken rows make, in file order, once every row has been seen. */
    List<Planned<T>> planned();
}
