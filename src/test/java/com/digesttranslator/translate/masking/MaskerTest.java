package com.digesttranslator.translate.masking;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.digesttranslator.translate.TranslationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MaskerTest {

  private final Masker masker = Masker.defaults();

  private List<String> protectedIn(String text) {
    return masker.mask(text).spans().stream().map(Masked.Span::original).toList();
  }

  @Test
  void protectsModelAndBenchmarkNamesFromTheSeedDigest() {
    String text =
        "We present STEP3-VL-10B, which rivals Qwen3-VL-235B on MMBench and improves"
            + " Acc@500m from 8.0\\% to 22.1\\%.";

    assertThat(
        protectedIn(text),
        contains("STEP3-VL-10B", "Qwen3-VL-235B", "MMBench", "Acc@500m", "8.0\\%", "22.1\\%"));
  }

  @Test
  void replacesEachProtectedSpanWithANumberedPlaceholder() {
    Masked masked = masker.mask("STEP3-VL-10B beats Qwen3-8B.");

    assertThat(masked.text(), equalTo("ZX1Z beats ZX2Z."));
  }

  @Test
  void urlsLeaveTheirSentencePunctuationOutside() {
    assertThat(
        protectedIn(
            "Code is at https://github.com/UniPat-AI/BabyVision. Data: www.surveyx.cn, and"
                + " (see https://en.wikipedia.org/wiki/Foo_(bar))."),
        contains(
            "https://github.com/UniPat-AI/BabyVision",
            "www.surveyx.cn",
            "https://en.wikipedia.org/wiki/Foo_(bar)"));
  }

  @Test
  void bareHostNamesAreUrlsToo() {
    assertThat(
        protectedIn("Models are on hf.co/PowerInfer/SmallThinker and cat-4d.github.io."),
        contains("hf.co/PowerInfer/SmallThinker", "cat-4d.github.io"));
  }

  @Test
  void aUrlIsProtectedWholeEvenWhenItContainsNames() {
    assertThat(
        protectedIn("See \\url{https://github.com/CONE-MT/LLaMAX/.} now"),
        contains("\\url", "https://github.com/CONE-MT/LLaMAX/"));
  }

  @Test
  void inlineMathInDollarsAndParentheses() {
    assertThat(
        protectedIn("a loss $\\mathcal{L} = x^2$ and \\(W_1\\) distance"),
        contains("$\\mathcal{L} = x^2$", "\\(W_1\\)"));
  }

  @Test
  void pricesAreNotMath() {
    assertThat(protectedIn("It costs $15 per paper, or just $0.005 per poster."), empty());
  }

  @Test
  void codeSpansButNotLatexQuotes() {
    assertThat(
        protectedIn("Run `pip install x` on the ``needle'' unit or the `heavy' retriever."),
        contains("`pip install x`"));
  }

  @Test
  void latexCommandsButNotTheirArguments() {
    assertThat(
        protectedIn("we propose \\ours, with \\textit{stable perplexity} (\\eg, PPO)"),
        contains("\\ours", "\\textit", "\\eg", "PPO"));
  }

  @Test
  void aLatexEscapeTakesTheWordItIsGluedTo() {
    assertThat(
        protectedIn("T\\\"ULU costs \\$400K on RoboTwin 1.0\\&2.0"),
        contains("T\\\"ULU", "\\$400K", "RoboTwin", "1.0\\&2.0"));
  }

  @Test
  void arxivIds() {
    assertThat(
        protectedIn("See arXiv:2601.06943v2 and 2601.09668 for details."),
        contains("arXiv:2601.06943v2", "2601.09668"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "LLMs",
        "RL",
        "GPT-4o",
        "Llama-3.1-8B-Instruct",
        "SWE-bench",
        "GPT-4o-mini",
        "o1",
        "pass@k",
        "max_tokens",
        "Q&A",
        "1.2T",
        "DeepSeek-R1",
        "T2I-Adapter",
        "mAP"
      })
  void nameLikeWords(String name) {
    assertThat(protectedIn("We use " + name + " here."), contains(name));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Vision-Language",
        "Chain-of-Thought",
        "Mixture-of-Experts",
        "state-of-the-art",
        "Real-world",
        "3-year-olds",
        "1st",
        "1990s",
        "10x",
        "4-bit",
        "1.5T-token",
        "e.g.",
        "Transformer"
      })
  void ordinaryWordsStayTranslatable(String word) {
    assertThat(protectedIn("We use " + word + " here."), empty());
  }

  @Test
  void anOrdinaryTailAndAPossessiveStayOutsideTheName() {
    assertThat(
        protectedIn("LLM-based agents, 3D-aware models and GPT-4o's answers"),
        contains("LLM", "3D", "GPT-4o"));
  }

  @Test
  void dashesAndBracketsSeparateWords() {
    assertThat(
        protectedIn("Vision Language Models(LVLMs)—particularly 12--billion"), contains("LVLMs"));
  }

  @Test
  void keptNamesAreProtectedAsWholeWordsOnly() {
    Masker keeping = masker.keeping(List.of("Gemini", "Claude"));

    List<String> spans =
        keeping.mask("Gemini and Claude beat Geminids.").spans().stream()
            .map(Masked.Span::original)
            .toList();

    assertThat(spans, contains("Gemini", "Claude"));
  }

  @Test
  void anExtraPatternProtectsItsMatches() {
    Masker protecting = masker.protecting(Pattern.compile("\\bU-Net\\b"));

    assertThat(protecting.mask("A U-Net backbone.").text(), equalTo("A ZX1Z backbone."));
  }

  @Test
  void withoutTheNameHeuristicOnlyRulesAndListsProtect() {
    Masker plain = masker.withoutNameHeuristic().keeping(List.of("MMBench"));

    assertThat(
        plain.mask("STEP3-VL-10B on MMBench, see https://x.org").spans().stream()
            .map(Masked.Span::original)
            .toList(),
        contains("MMBench", "https://x.org"));
  }

  @Test
  void textThatAlreadyLooksLikeAPlaceholderIsProtectedItself() throws TranslationException {
    Masked masked = masker.mask("The ZX81 and zx 2 z computers.");

    assertThat(masked.text(), not(equalTo("The ZX81 and zx 2 z computers.")));
    assertThat(masked.restore(masked.text()), equalTo("The ZX81 and zx 2 z computers."));
  }

  @Test
  void aPatternThatMatchesNothingAddsNoPlaceholder() {
    assertThat(masker.protecting(Pattern.compile("x*")).mask("abc").text(), equalTo("abc"));
  }

  @Test
  void travelsToWorkersByJavaSerialization() throws Exception {
    Masker configured =
        masker
            .keeping(List.of("Gemini"))
            .withGlossary(Glossary.parse("t.tsv", "dataset\tconjunto de datos\n"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(configured);
    }
    Masker copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (Masker) in.readObject();
    }

    String text = "Gemini on a dataset with MMBench.";
    assertThat(copy.mask(text), equalTo(configured.mask(text)));
  }

  @Test
  void aTextWithNothingToProtectIsUnchanged() {
    Masked masked = masker.mask("Plain words only.");

    assertThat(masked.text(), equalTo("Plain words only."));
    assertThat(masked.spans(), empty());
  }
}
