package com.digesttranslator.translate.provider;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

/** An endpoint is a base for request paths and, for the cache, the name of one server. */
class EndpointTest {

  @Test
  void theBaseDropsSpacesAndTrailingSlashesAndKeepsEverythingElse() {
    assertThat(Endpoint.base(" https://Api.Example.com/v1// "), is("https://Api.Example.com/v1"));
    assertThat(Endpoint.base("http://localhost:2737"), is("http://localhost:2737"));
  }

  @Test
  void oneServerWrittenTwoWaysIsCanonicallyOne() {
    assertThat(Endpoint.canonical("HTTP://LocalHost:80/v1/"), is("http://localhost/v1"));
    assertThat(
        Endpoint.canonical(" https://api.example.com:443// "), is("https://api.example.com"));
    assertThat(Endpoint.canonical("http://user:pw@gpu-a:8000/?x=1"), is("http://gpu-a:8000?x=1"));
    assertThat(Endpoint.canonical("not a url/"), is("not a url"));
    assertThat(Endpoint.canonical(" "), is(""));
    assertThat(Endpoint.canonical(null), is(""));
  }
}
