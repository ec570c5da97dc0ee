package com.digesttranslator.pipeline;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.digesttranslator.outcome.AbstractTask;
import com.digesttranslator.outcome.PendingText;
import com.digesttranslator.pipeline.shard.TranslateAbstracts;
import com.digesttranslator.pipeline.shard.TranslateShardFn;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.runners.TransformHierarchy;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.display.DisplayData;
import org.apache.beam.sdk.transforms.display.HasDisplayData;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.util.AppliedCombineFn;
import org.apache.beam.sdk.util.DoFnInfo;
import org.apache.beam.sdk.util.SerializableUtils;
import org.apache.beam.sdk.util.StringUtils;
import org.apache.beam.sdk.util.common.ReflectHelpers;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Translates the real job graph for Dataflow, offline: DataflowRunner with a local {@code
 * --templateLocation} writes the job spec it would submit, without credentials or network. The API
 * key is read in this process, as the launcher does, and must appear nowhere in the job.
 */
class DataflowTemplateTest {
  static final String SECRET = "sk-dataflow-5ecret-0f1e2d3c4b5a";
  private static final int SHARDS = 7;
  private static final String OUR_PACKAGE = "com.digesttranslator.";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private Path keyFile;

  @BeforeEach
  void writeKey() throws IOException {
    keyFile = Files.writeString(dir.resolve("deepl.key"), SECRET + "\n");
  }

  /**
   * DataflowRunner writing its job spec to {@code dir/job-spec.json}: no credentials, no Google
   * call.
   */
  static List<String> dataflowArgs(Path dir) {
    return List.of(
        "--runner=DataflowRunner",
        "--project=digest-translator-test",
        "--region=europe-west1",
        "--tempLocation=" + dir.resolve("temp"),
        "--gcpTempLocation=" + dir.resolve("temp"),
        "--stagingLocation=" + dir.resolve("staging"),
        "--templateLocation=" + dir.resolve("job-spec.json"),
        "--credentialFactoryClass=org.apache.beam.sdk.extensions.gcp.auth.NoopCredentialFactory",
        "--pathValidatorClass=org.apache.beam.sdk.extensions.gcp.storage.NoopPathValidator",
        // Our classes stand in for the job jar: copying the whole test classpath would prove
        // nothing more.
        "--filesToStage=" + Path.of("target", "classes").toAbsolutePath());
  }

  private DigestTranslatorOptions options() {
    List<String> args = new ArrayList<>(dataflowArgs(dir));
    args.addAll(
        List.of(
            "--input=gs://digests-in/weeks/*.txt",
            "--output=gs://digests-out/run",
            "--provider=deepl",
            "--apiKeyFile=" + keyFile,
            "--targetLanguage=ko",
            "--maxConcurrentRequests=" + SHARDS));
    PipelineOptionsFactory.register(DigestTranslatorOptions.class);
    return PipelineOptionsFactory.fromArgs(args.toArray(String[]::new))
        .withValidation()
        .as(DigestTranslatorOptions.class);
  }

  /** The graph as built, walked before the runner replaces anything. */
  private static final class GraphWalk extends Pipeline.PipelineVisitor.Defaults {
    final Map<String, PTransform<?, ?>> transforms = new HashMap<>();
    final Set<String> groupings = new TreeSet<>();
    final List<Serializable> functions = new ArrayList<>();

    @Override
    public CompositeBehavior enterCompositeTransform(TransformHierarchy.Node node) {
      visit(node);
      return CompositeBehavior.ENTER_TRANSFORM;
    }

    @Override
    public void visitPrimitiveTransform(TransformHierarchy.Node node) {
      visit(node);
    }

    private void visit(TransformHierarchy.Node node) {
      PTransform<?, ?> transform = node.getTransform();
      if (transform == null) {
        return;
      }
      transforms.put(node.getFullName(), transform);
      if (transform instanceof GroupByKey || transform instanceof CoGroupByKey) {
        groupings.add(node.getFullName());
        node.getInputs()
            .values()
            .forEach(input -> verifyKeyCoder(node.getFullName(), (PCollection<?>) input));
      }
      if (transform instanceof ParDo.SingleOutput<?, ?> parDo) {
        functions.add(parDo.getFn());
      } else if (transform instanceof ParDo.MultiOutput<?, ?> parDo) {
        functions.add(parDo.getFn());
      } else if (transform instanceof Combine.Globally<?, ?> combine) {
        functions.add(combine.getFn());
      }
    }

    /**
     * Dataflow shuffles by the encoded key: a coder that is not deterministic would split a shard.
     */
    private static void verifyKeyCoder(String grouping, PCollection<?> input) {
      try {
        ((KvCoder<?, ?>) input.getCoder()).getKeyCoder().verifyDeterministic();
      } catch (Coder.NonDeterministicException e) {
        throw new AssertionError(grouping + " groups by a key coder that is not deterministic", e);
      }
    }

    Set<String> ourFunctionClasses() {
      Set<String> names = new TreeSet<>();
      functions.stream()
          .map(fn -> fn.getClass().getName())
          .filter(name -> name.startsWith(OUR_PACKAGE))
          .forEach(names::add);
      return names;
    }
  }

  @Test
  void theRealGraphTranslatesForDataflowAndCarriesNoKey() throws Exception {
    DigestTranslatorOptions options = options();
    Pipeline pipeline = Pipeline.create(options);
    DigestTranslationPipeline.build(pipeline, options, JobSetup.from(options, false));
    GraphWalk graph = new GraphWalk();
    pipeline.traverseTopologically(graph);

    assertThat(
        graph.groupings,
        hasItems("TranslateAbstracts/GroupByShard", "WriteDigests/JoinByFileGroup"));
    assertThat(
        graph.ourFunctionClasses(),
        hasItems(
            TranslateShardFn.class.getName(),
            TranslateAbstracts.PlanShardsFn.class.getName(),
            ParseDigestFn.class.getName()));
    for (Serializable fn : graph.functions) {
      assertThat(fn.getClass().getName(), javaSerialized(fn), not(containsString(SECRET)));
      assertThat(DisplayData.from((HasDisplayData) fn).toString(), not(containsString(SECRET)));
    }
    graph
        .transforms
        .values()
        .forEach(t -> assertThat(DisplayData.from(t).toString(), not(containsString(SECRET))));
    assertThat(optionsJson(options), not(containsString(SECRET)));

    pipeline.run();

    String specText = Files.readString(dir.resolve("job-spec.json"));
    JsonNode spec = JSON.readTree(specText);
    assertThat(specText, not(containsString(SECRET)));
    assertThat(specText, not(containsString("org.apache.beam.runners.direct")));
    assertThat(stagedPipelines(), everyItem(not(containsString("org.apache.beam.runners.direct"))));
    assertThat(
        spec.at("/environment/sdkPipelineOptions/options/maxConcurrentRequests").asInt(),
        is(SHARDS));

    List<Object> shipped = serializedFunctions(spec);
    Set<String> shippedClasses = new TreeSet<>();
    for (Object fn : shipped) {
      shippedClasses.add(fn.getClass().getName());
      assertThat(javaSerialized((Serializable) fn), not(containsString(SECRET)));
    }
    assertThat(graph.ourFunctionClasses(), everyItem(in(shippedClasses)));
    TranslateAbstracts.PlanShardsFn plan =
        shipped.stream()
            .filter(TranslateAbstracts.PlanShardsFn.class::isInstance)
            .map(TranslateAbstracts.PlanShardsFn.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(shardKeysPlannedFor(10 * SHARDS, plan), is(SHARDS));
  }

  /**
   * The functions the job spec ships to the workers, deserialized as a worker would: each
   * ParallelDo step's DoFn and each CombineValues step's CombineFn.
   */
  private static List<Object> serializedFunctions(JsonNode spec) {
    List<Object> functions = new ArrayList<>();
    for (JsonNode step : spec.path("steps")) {
      String kind = step.path("kind").asText();
      if (!kind.equals("ParallelDo") && !kind.equals("CombineValues")) {
        continue;
      }
      String userName = step.at("/properties/user_name/value").asText();
      Object decoded =
          SerializableUtils.deserializeFromByteArray(
              StringUtils.jsonStringToByteArray(
                  step.at("/properties/serialized_fn/value").asText()),
              userName);
      functions.add(
          decoded instanceof DoFnInfo<?, ?> info
              ? info.getDoFn()
              : ((AppliedCombineFn<?, ?, ?, ?>) decoded).getFn());
    }
    return functions;
  }

  /** How many shard keys {@code plan} hands out for {@code texts} texts of different lengths. */
  private static int shardKeysPlannedFor(int texts, TranslateAbstracts.PlanShardsFn plan) {
    HashMap<String, Integer> lengths = plan.createAccumulator();
    IntStream.range(0, texts)
        .forEach(
            i ->
                plan.addInput(
                    lengths,
                    new PendingText(
                        "key-" + i,
                        new AbstractTask(
                            "/in/w.txt", "2026-W01", i, i + 1, "T", "Abstract " + "x".repeat(i)))));
    return new HashSet<>(plan.extractOutput(lengths).values()).size();
  }

  /** The options as Beam serializes them with the job. */
  static String optionsJson(DigestTranslatorOptions options) throws IOException {
    return new ObjectMapper()
        .registerModules(ObjectMapper.findModules(ReflectHelpers.findClassLoader()))
        .writeValueAsString(options);
  }

  /** The portable pipeline protos the runner staged next to the job spec, as text. */
  private List<String> stagedPipelines() throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve("staging"))) {
      List<String> protos = new ArrayList<>();
      for (Path proto :
          files.filter(f -> f.getFileName().toString().startsWith("pipeline-")).toList()) {
        protos.add(new String(Files.readAllBytes(proto), StandardCharsets.ISO_8859_1));
      }
      assertThat("a staged pipeline proto", !protos.isEmpty());
      return protos;
    }
  }

  /** Java serialization writes strings as they are, so a key held by a field would show here. */
  private static String javaSerialized(Serializable fn) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(fn);
    }
    return bytes.toString(StandardCharsets.ISO_8859_1);
  }
}
