package com.digesttranslator.pipeline;

import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * Beam's {@code --templateLocation}, which the Dataflow runner's options declare: {@link Main}
 * reads it without compiling against the Dataflow runner, which the default jar leaves out. Beam
 * lets several option interfaces declare one property, so this sees the value the runner uses.
 */
public interface TemplateOptions extends PipelineOptions {

  @Description(
      "Where DataflowRunner writes the job spec instead of starting the job (Dataflow templates).")
  String getTemplateLocation();

  void setTemplateLocation(String value);
}
