package com.digesttranslator.digest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

class FileNameTest {
  @Test
  void isTheLastSegmentOnEveryFileSystem() {
    assertThat(FileName.of("digests/2026-W03.txt"), is("2026-W03.txt"));
    assertThat(FileName.of("gs://bucket/weeks/2026-W03.txt"), is("2026-W03.txt"));
    assertThat(FileName.of("s3://bucket/2026-W03.txt"), is("2026-W03.txt"));
    assertThat(FileName.of("C:\\digests\\2026-W03.txt"), is("2026-W03.txt"));
    assertThat(FileName.of("2026-W03.txt"), is("2026-W03.txt"));
  }

  @Test
  void ofADirectoryPathIsEmpty() {
    assertThat(FileName.of("gs://bucket/weeks/"), is(""));
  }
}
