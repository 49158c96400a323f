package id.jalin.acquisition.domain;

import id.jalin.catalogue.domain.HeldMatch;
import id.jalin.catalogue.domain.TitleProbe;
import java.util.List;

/** The union catalogue's answer to "who already holds these titles" ({@code UnionCatalogueService.held}). */
@FunctionalInterface
public interface HeldTitles {
    List<HeldMatch> held(List<TitleProbe> probes);
}
