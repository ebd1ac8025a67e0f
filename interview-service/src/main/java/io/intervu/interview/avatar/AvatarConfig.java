package io.intervu.interview.avatar;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "intervu.avatar")
public interface AvatarConfig {

    /** Off by default: the avatar is an optional local add-on. */
    @WithDefault("false")
    boolean enabled();

    @WithDefault("127.0.0.1")
    String host();

    @WithDefault("5005")
    int port();

    @WithDefault("2s")
    Duration timeout();
}
