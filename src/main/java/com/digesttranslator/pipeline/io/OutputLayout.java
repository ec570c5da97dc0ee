package com.digesttranslator.pipeline.io;

/**
 * The name of everything the job writes under {@code --output}, each defined here only. Beam-free,
 * so the report and the published formats can link to these names as well as the job write them.
 */
public final class OutputLayout {
  /** The translated digests ({@code --formats=txt}), under their input files' own names. */
  public static final String DIGESTS = "digests";

  /** The Markdown pages ({@code --formats=md}). */
  public static final String MARKDOWN = "markdown";

  /** The JSON documents ({@code --formats=json}). */
  public static final String JSON = "json";

  /** The translation cache's journals, unless {@code --cacheDir} puts them elsewhere. */
  public static final String CACHE = "cache";

  /** One line per abstract that was not translated. */
  public static final String FAILURES = "failures.jsonl";

  /** The run's totals, for machines. */
  public static final String SUMMARY = "summary.json";

  /** The end-of-run summary table, written by the job and printed where it was launched. */
  public static final String CONSOLE_SUMMARY = "summary.txt";

  /** The run report, one self-contained page. */
  public static final String REPORT = "report.html";

  /** What a dry run would send and cost ({@code --dryRun}), instead of all the above. */
  public static final String DRY_RUN = "dry-run.json";

  private OutputLayout() {}
}
