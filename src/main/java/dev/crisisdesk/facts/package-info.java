/**
 * The types a rule file sees: the only package a {@code .drl} file should import from crisisdesk.
 *
 * <p>{@link dev.crisisdesk.facts.Comment} is the event a rule matches (with its
 * {@link dev.crisisdesk.facts.Author} and {@link dev.crisisdesk.facts.Sentiment}), and
 * {@link dev.crisisdesk.facts.Actions} is the global {@code actions} through which a rule decides
 * what happens to it. Facts are read-only: a rule never modifies a comment, it records a decision.
 * The strategists' guide to these types is {@code docs/rules.md}.
 */
package dev.crisisdesk.facts;
