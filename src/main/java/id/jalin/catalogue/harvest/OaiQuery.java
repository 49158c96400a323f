package id.jalin.catalogue.harvest;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The addresses of OAI-PMH requests: the base URL with the verb and its arguments, each URL-encoded. */
final class OaiQuery {
    private OaiQuery() {
    }

    static URI identify(URI base) {
        return of(base, Map.of("verb", "Identify"));
    }

    static URI listMetadataFormats(URI base) {
        return of(base, Map.of("verb", "ListMetadataFormats"));
    }

    static URI listRecords(URI base, String metadataPrefix, String from) {
        Map<String, String> arguments = new LinkedHashMap<>();
        arguments.put("verb", "ListRecords");
        arguments.put("metadataPrefix", metadataPrefix);
        if (from != null) {
            arguments.put("from", from);
        }
        return of(base, arguments);
    }

    /** A later page: the token is the only argument beside the verb (OAI-PMH 2.0, 3.5, "exclusive argument"). */
    static URI resume(URI base, String resumptionToken) {
        Map<String, String> arguments = new LinkedHashMap<>();
        arguments.put("verb", "ListRecords");
        arguments.put("resumptionToken", resumptionToken);
        return of(base, arguments);
    }

    private static URI of(URI base, Map<String, String> arguments) {
        StringBuilder address = new StringBuilder(base.toString());
        int hash = address.indexOf("#");
        if (hash >= 0) {
            address.setLength(hash);
        }
        char separator = address.indexOf("?") >= 0 ? '&' : '?';
        for (var argument : arguments.entrySet()) {
            address.append(separator).append(argument.getKey()).append('=').append(encode(argument.getValue()));
            separator = '&';
        }
        return URI.create(address.toString());
    }

    static String encode(String value) {
        // Form encoding writes a space as "+", which some servers keep as a plus; %20 means a space to all.
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
