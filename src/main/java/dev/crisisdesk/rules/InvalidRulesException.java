package dev.crisisdesk.rules;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set that does not compile; carries every error found. */
public final class InvalidRulesException extends Exception {
  private final List<RuleFinding> findings;

  public InvalidRulesException(List<RuleFinding> findings) {
    super(findings.stream().map(RuleFinding::format).collect(Collectors.joining("\n")));
    this.findings = List.copyOf(findings);
  }

  public List<RuleFinding> findings() {
    return findings;
  }
}
