package dev.crisisdesk.rules.sandbox;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Checks the classes a rule set compiled to against the {@link AllowList}, on what the JVM will
 * run: every type, method, field, class constant, bootstrap method and method handle each class
 * references. Classes of the same set may use each other. Besides the list: no monitors, no
 * {@code synchronized} or native methods, no handler that catches {@code Throwable} or an
 * {@code Error} (a budget's stop must not be swallowed), static fields written only by their
 * own class's initializer, and no inline accumulate code (Drools compiles it through reflection).
 */
public final class RuleBytecode {
  /** One refused reference: in which class and method, what it named, and why it is refused. */
  public record Violation(String className, String method, String member, String problem) {}

  /** Where the rules of a set were compiled: which rule names each generated class serves. */
  public record Report(List<Violation> violations, Map<String, Set<String>> rulesByClass) {}

  private static final String LAMBDA_FACTORY = "java/lang/invoke/LambdaMetafactory";
  private static final String CONCAT_FACTORY = "java/lang/invoke/StringConcatFactory";
  private static final String DSL = "org/drools/modelcompiler/dsl/pattern/D";
  private static final Set<String> UNCATCHABLE = Set.of("java/lang/Throwable", "java/lang/Error",
      "java/lang/VirtualMachineError", "java/lang/StackOverflowError", "java/lang/OutOfMemoryError",
      "dev/crisisdesk/rules/sandbox/BudgetExceeded");
  private static final Map<String, Method> GUARDS = guards();

  private RuleBytecode() {}

  /**
   * Checks every class of a compiled set (internal name to bytes). {@code packages}: the internal
   * names of the packages the set's classes must live in.
   */
  public static Report verify(Map<String, byte[]> classes, AllowList allow, Set<String> packages) {
    Map<String, ClassShape> shapes = new HashMap<>();
    classes.forEach((name, bytes) -> shapes.put(name, ClassShape.of(bytes)));
    List<Violation> violations = new ArrayList<>();
    Map<String, Set<String>> rules = new HashMap<>();
    for (var entry : classes.entrySet()) {
      String name = entry.getKey();
      ClassShape shape = shapes.get(name);
      String pkg = name.lastIndexOf('/') < 0 ? "" : name.substring(0, name.lastIndexOf('/'));
      boolean placed = packages.stream().anyMatch(p -> pkg.equals(p) || pkg.startsWith(p + "/"))
          || name.startsWith("org/drools/project/model/ProjectModel");
      if (!placed) violations.add(new Violation(name, "", name, "a rule set's classes stay in its own package"));
      if (shape.interfaces.contains("org/drools/base/rule/accessor/CompiledInvoker")) {
        violations.add(new Violation(name, "", "accumulate", "inline accumulate code (init, action, result) is not supported: "
            + "use an accumulate function such as count, sum, min, max, average or collectList"));
        continue;
      }
      new ClassReader(entry.getValue()).accept(new Checker(name, shapes, allow, violations, rules), ClassReader.SKIP_DEBUG);
    }
    return new Report(List.copyOf(violations), rules);
  }

  /** The guard that stands in for a call, or null if there is none for this signature. */
  static Method guard(int opcode, String owner, String name, String descriptor) {
    String guardDescriptor = opcode == Opcodes.INVOKESTATIC ? descriptor
        : "(" + Type.getObjectType(owner).getDescriptor() + descriptor.substring(1);
    return GUARDS.get(name + guardDescriptor);
  }

  private static Map<String, Method> guards() {
    Map<String, Method> guards = new HashMap<>();
    for (Method method : Guards.class.getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers()) && Modifier.isStatic(method.getModifiers())) {
        guards.put(method.getName() + Type.getMethodDescriptor(method), method);
      }
    }
    return Map.copyOf(guards);
  }

  /** What the checker needs to know of a class of the set: its parents and its own members. */
  private record ClassShape(String superName, Set<String> interfaces, Set<String> members) {
    static ClassShape of(byte[] bytes) {
      Set<String> members = new HashSet<>();
      String[] header = new String[1];
      Set<String> interfaces = new HashSet<>();
      new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] ifaces) {
          header[0] = superName;
          if (ifaces != null) interfaces.addAll(List.of(ifaces));
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
          members.add(name);
          return null;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
          members.add(name + descriptor);
          members.add(name);
          return null;
        }
      }, ClassReader.SKIP_CODE);
      return new ClassShape(header[0], Set.copyOf(interfaces), Set.copyOf(members));
    }
  }

  private static final class Checker extends ClassVisitor {
    private final String className;
    private final Map<String, ClassShape> shapes;
    private final AllowList allow;
    private final List<Violation> violations;
    private final Map<String, Set<String>> rules;

    Checker(String className, Map<String, ClassShape> shapes, AllowList allow, List<Violation> violations,
        Map<String, Set<String>> rules) {
      super(Opcodes.ASM9);
      this.className = className;
      this.shapes = shapes;
      this.allow = allow;
      this.violations = violations;
      this.rules = rules;
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
      if (superName != null) type(superName, "", "extends");
      if (interfaces != null) for (String i : interfaces) type(i, "", "implements");
    }

    @Override
    public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
      descriptor(descriptor, name);
      return null;
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
      if ((access & Opcodes.ACC_SYNCHRONIZED) != 0) refuse(name, "synchronized", "rules may not hold monitors");
      if ((access & Opcodes.ACC_NATIVE) != 0) refuse(name, "native", "rules may not declare native methods");
      descriptor(descriptor, name);
      String method = name;
      return new MethodVisitor(Opcodes.ASM9) {
        private String lastString;
        private final Set<String> used = new LinkedHashSet<>();
        private String ruleName;

        @Override
        public void visitTypeInsn(int opcode, String type) {
          type(type, method, "uses");
          used.add(type);
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int dims) {
          refuse(method, descriptor, "multi-dimensional arrays are not allowed in rules");
        }

        @Override
        public void visitInsn(int opcode) {
          if (opcode == Opcodes.MONITORENTER || opcode == Opcodes.MONITOREXIT) {
            refuse(method, "synchronized", "rules may not hold monitors");
          }
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
          used.add(owner);
          if (opcode == Opcodes.PUTSTATIC && !(owner.equals(className) && method.equals("<clinit>"))) {
            refuse(method, simple(owner) + "." + name, "rules may not change static fields");
            return;
          }
          member(method, owner, name, descriptor, false, 0);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
          used.add(owner);
          member(method, owner, name, descriptor, true, opcode);
          if (owner.equals(DSL) && name.equals("rule") && lastString != null) ruleName = lastString;
          if (owner.equals("org/drools/model/functions/PredicateInformation") && lastString != null) {
            rules.computeIfAbsent(className, k -> new LinkedHashSet<>()).add(lastString);
          }
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
          if (bootstrap.getOwner().equals(CONCAT_FACTORY)) return;
          if (!bootstrap.getOwner().equals(LAMBDA_FACTORY)) {
            refuse(method, simple(bootstrap.getOwner()) + "." + bootstrap.getName(),
                "only lambdas and string concatenation may be linked dynamically");
            return;
          }
          type(Type.getReturnType(descriptor).getInternalName(), method, "implements");
          for (Object argument : arguments) constant(method, argument);
        }

        @Override
        public void visitLdcInsn(Object value) {
          if (value instanceof String text) {
            lastString = text;
            return;
          }
          constant(method, value);
        }

        @Override
        public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
          if (type == null) return; // finally: the budget throws again at the next check
          if (UNCATCHABLE.contains(type)) refuse(method, simple(type), "rules may catch exceptions, not " + simple(type));
          else type(type, method, "catches");
        }

        @Override
        public void visitEnd() {
          if (ruleName != null) {
            for (String type : used) {
              if (shapes.containsKey(type)) rules.computeIfAbsent(type, k -> new LinkedHashSet<>()).add(ruleName);
            }
            rules.computeIfAbsent(className + "#" + method, k -> new LinkedHashSet<>()).add(ruleName);
          }
        }
      };
    }

    private void constant(String method, Object value) {
      if (value instanceof Type type) {
        if (type.getSort() == Type.METHOD) descriptor(type.getDescriptor(), method);
        else type(type.getInternalName(), method, "names");
      } else if (value instanceof Handle handle) {
        if (!shapes.containsKey(handle.getOwner()) && allow.use(handle.getOwner(), handle.getName(), handle.getDesc()) == AllowList.Use.GUARDED) {
          refuse(method, simple(handle.getOwner()) + "." + handle.getName(), "may be called, but not passed as a method reference: write a lambda");
          return;
        }
        member(method, handle.getOwner(), handle.getName(), handle.getDesc(), handle.getTag() >= Opcodes.H_INVOKEVIRTUAL, 0);
      } else if (value instanceof ConstantDynamic dynamic) {
        refuse(method, dynamic.getName(), "dynamic constants are not allowed in rules");
      }
    }

    private void member(String method, String owner, String name, String descriptor, boolean isMethod, int opcode) {
      String key = isMethod ? name + descriptor : name;
      if (declaredInSet(owner, key, isMethod ? name : null)) return;
      if (owner.startsWith("[")) {
        // arrays: length is an instruction; clone and Object's members are checked as Object's
        member(method, "java/lang/Object", name, descriptor, isMethod, opcode);
        return;
      }
      AllowList.Use use = allow.use(owner, name, descriptor);
      if (use == AllowList.Use.GUARDED && guard(opcode, owner, name, descriptor) == null) use = AllowList.Use.REFUSED;
      if (use == AllowList.Use.REFUSED) {
        refuse(method, simple(owner) + "." + name, "is outside the rule API");
      }
    }

    /** Whether a member is one of the set's own classes', declared or inherited from another of them. */
    private boolean declaredInSet(String owner, String key, String name) {
      String type = owner;
      while (type != null && shapes.containsKey(type)) {
        ClassShape shape = shapes.get(type);
        if (shape.members.contains(key) || (name != null && shape.members.contains(name) && key.startsWith(name + "("))) return true;
        for (String i : shape.interfaces) if (shapes.containsKey(i) && declaredInSet(i, key, name)) return true;
        type = shape.superName;
      }
      // inherited from outside the set: judged as the first outside ancestor's member
      if (type != null && !type.equals(owner) && !shapes.containsKey(type)) {
        return allow.use(type, name == null ? key : name, name == null ? "" : key.substring(name.length())) == AllowList.Use.ALLOWED;
      }
      return false;
    }

    private void descriptor(String descriptor, String where) {
      Type type = Type.getType(descriptor);
      if (type.getSort() == Type.METHOD) {
        type(type.getReturnType().getDescriptor(), where, "declares");
        for (Type argument : type.getArgumentTypes()) type(argument.getDescriptor(), where, "declares");
      } else {
        type(descriptor, where, "declares");
      }
    }

    private void type(String name, String where, String how) {
      String element = name;
      while (element.startsWith("[")) element = element.substring(1);
      if (element.startsWith("L") && element.endsWith(";")) element = element.substring(1, element.length() - 1);
      if (element.length() == 1 || shapes.containsKey(element)) return;
      if (!allow.allowsType(element)) refuse(where, simple(element), "is outside the rule API");
    }

    private void refuse(String method, String member, String problem) {
      violations.add(new Violation(className, method, member, problem));
    }
  }

  /** A JVM name as a strategist writes it: {@code java/lang/Class} as {@code Class}. */
  static String simple(String internalName) {
    return internalName.replace('/', '.').replace('$', '.');
  }
}
