package io.intervu.rag.rest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Query parameters given as {@code a,b} or repeated ({@code ?topics=a&topics=b}), as lower-case tags. */
final class Params {

    private Params() {
    }

    /** Documents tagged {@code any} (behavioural ones) suit every role, so a role filter always admits them. */
    static List<String> roles(List<String> raw) {
        List<String> roles = tags(raw);
        if (roles.isEmpty() || roles.contains("any")) {
            return roles;
        }
        return java.util.stream.Stream.concat(roles.stream(), java.util.stream.Stream.of("any")).toList();
    }

    static List<String> tags(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        return raw.stream().filter(Objects::nonNull).flatMap(v -> Arrays.stream(v.split(",")))
                .map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
