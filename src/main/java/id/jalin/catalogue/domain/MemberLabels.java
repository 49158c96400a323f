package id.jalin.catalogue.domain;

import java.util.Collection;
import java.util.Map;

/** The register's short names for members ("ITB", "UNPAD"), which the catalogue shows and exports beside records. */
@FunctionalInterface
public interface MemberLabels {
    Map<Long, String> codes(Collection<Long> memberIds);
}
