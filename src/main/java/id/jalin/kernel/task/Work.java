package id.jalin.kernel.task;

/** A unit of work that runs off the FX thread. */
@FunctionalInterface
public interface Work<T> {
    T run(Progress progress) throws Exception;
}
