package dev.crisisdesk.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code queues.json}: {@code [{"name", "slaMinutes", "escalateTo"}]}. */
final class QueuesFile {
  private QueuesFile() {}

  static Map<String, QueueSpec> parse(String text, List<RuleFinding> findings) {
    Map<String, QueueSpec> queues = new LinkedHashMap<>();
    if (text == null) {
      findings.add(RuleFinding.error(RuleFiles.QUEUES, 1, 1, "missing: a rule set declares its queues in queues.json"));
      return queues;
    }
    JsonArray array;
    try {
      array = new JsonArray(text);
    } catch (DecodeException e) {
      int line = 1;
      int column = 1;
      if (e.getCause() instanceof JsonProcessingException json && json.getLocation() != null) {
        line = json.getLocation().getLineNr();
        column = json.getLocation().getColumnNr();
      }
      findings.add(RuleFinding.error(RuleFiles.QUEUES, line, column, "not a JSON array of queues: " + e.getMessage()));
      return queues;
    } catch (ClassCastException e) {
      findings.add(RuleFinding.error(RuleFiles.QUEUES, 1, 1, "must be a JSON array of queues"));
      return queues;
    }
    List<String> escalations = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      if (!(array.getValue(i) instanceof JsonObject queue)) {
        findings.add(at(text, null, "queue #" + (i + 1) + " is not an object"));
        continue;
      }
      String name = queue.getValue("name") instanceof String s ? s : null;
      try {
        Object sla = queue.getValue("slaMinutes");
        if (!(sla instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())) {
          throw new IllegalArgumentException("slaMinutes must be a whole number of minutes");
        }
        Object escalateTo = queue.getValue("escalateTo");
        if (escalateTo != null && !(escalateTo instanceof String)) {
          throw new IllegalArgumentException("escalateTo must be a queue name or null");
        }
        QueueSpec spec = new QueueSpec(name, number.intValue(), (String) escalateTo);
        if (queues.putIfAbsent(name, spec) != null) throw new IllegalArgumentException("queue '" + name + "' declared twice");
        if (escalateTo != null) escalations.add(name);
      } catch (IllegalArgumentException e) {
        findings.add(at(text, name, e.getMessage()));
      }
    }
    for (String name : escalations) {
      String target = queues.get(name).escalateTo();
      if (!queues.containsKey(target)) findings.add(at(text, target, "queue '" + name + "' escalates to undeclared queue '" + target + "'"));
    }
    return queues;
  }

  private static RuleFinding at(String text, String token, String message) {
    int offset = token == null ? -1 : text.indexOf("\"" + token + "\"");
    return offset < 0 ? RuleFinding.error(RuleFiles.QUEUES, 1, 1, message)
        : RuleFinding.at(RuleFiles.QUEUES, text, offset, RuleFinding.Severity.ERROR, message);
  }
}
