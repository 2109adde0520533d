package id.orderan.base;

/**
 * A value shown to users (an enum constant in a select, a badge, a timeline line): its text comes
 * from the translation bundles under {@link #labelKey()}. {@code TranslationKeysTest} checks every
 * constant of every implementing enum in both languages.
 *
 * @see <a href="../../../../../../docs/decisions/0119-one-rule-one-place.md">0119 one rule, one place</a>
 */
public interface Labelled {

    String labelKey();
}
