package dev.crisisdesk.rules.sandbox;

import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Rewrites a verified rule class so that it answers to its {@link Budget}: a check at every method
 * entry, loop back-edge, switch and exception handler; every array allocation charged before it
 * happens; and the calls the {@link AllowList} guards sent to {@link Guards}. Nothing else changes,
 * so the stack frames the compiler wrote stay valid.
 */
public final class Instrumenter {
  private static final String BUDGET = Type.getInternalName(Budget.class);
  private static final String GUARDS = Type.getInternalName(Guards.class);

  private Instrumenter() {}

  public static byte[] instrument(byte[] bytes, AllowList allow) {
    ClassReader reader = new ClassReader(bytes);
    ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
    reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
      @Override
      public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
        return next == null ? null : new Budgeted(next, allow);
      }
    }, 0);
    return writer.toByteArray();
  }

  private static final class Budgeted extends MethodVisitor {
    private final AllowList allow;
    private final Set<Label> seen = new HashSet<>();
    private final Set<Label> handlers = new HashSet<>();
    private boolean pendingTick;

    Budgeted(MethodVisitor next, AllowList allow) {
      super(Opcodes.ASM9, next);
      this.allow = allow;
    }

    private void tick() {
      super.visitMethodInsn(Opcodes.INVOKESTATIC, BUDGET, "tick", "()V", false);
    }

    /** A handler's check goes after its frame, at its first instruction. */
    private void before() {
      if (pendingTick) {
        pendingTick = false;
        tick();
      }
    }

    @Override
    public void visitCode() {
      super.visitCode();
      super.visitMethodInsn(Opcodes.INVOKESTATIC, BUDGET, "enter", "()V", false);
    }

    @Override
    public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
      handlers.add(handler);
      super.visitTryCatchBlock(start, end, handler, type);
    }

    @Override
    public void visitLabel(Label label) {
      seen.add(label);
      super.visitLabel(label);
      if (handlers.contains(label)) pendingTick = true;
    }

    @Override
    public void visitJumpInsn(int opcode, Label label) {
      before();
      if (seen.contains(label)) tick(); // a backward jump: a loop
      super.visitJumpInsn(opcode, label);
    }

    @Override
    public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
      before();
      tick();
      super.visitTableSwitchInsn(min, max, dflt, labels);
    }

    @Override
    public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
      before();
      tick();
      super.visitLookupSwitchInsn(dflt, keys, labels);
    }

    @Override
    public void visitIntInsn(int opcode, int operand) {
      before();
      if (opcode == Opcodes.NEWARRAY) super.visitMethodInsn(Opcodes.INVOKESTATIC, BUDGET, "array", "(I)I", false);
      super.visitIntInsn(opcode, operand);
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
      before();
      if (opcode == Opcodes.ANEWARRAY) super.visitMethodInsn(Opcodes.INVOKESTATIC, BUDGET, "array", "(I)I", false);
      super.visitTypeInsn(opcode, type);
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
      before();
      if (allow.use(owner, name, descriptor) == AllowList.Use.GUARDED) {
        Method guard = RuleBytecode.guard(opcode, owner, name, descriptor);
        if (guard == null) throw new IllegalStateException("unverified call to " + owner + "." + name + descriptor);
        super.visitMethodInsn(Opcodes.INVOKESTATIC, GUARDS, name, Type.getMethodDescriptor(guard), false);
        return;
      }
      super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
    }

    @Override
    public void visitInsn(int opcode) {
      before();
      super.visitInsn(opcode);
    }

    @Override
    public void visitVarInsn(int opcode, int varIndex) {
      before();
      super.visitVarInsn(opcode, varIndex);
    }

    @Override
    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
      before();
      super.visitFieldInsn(opcode, owner, name, descriptor);
    }

    @Override
    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
      before();
      super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments);
    }

    @Override
    public void visitLdcInsn(Object value) {
      before();
      super.visitLdcInsn(value);
    }

    @Override
    public void visitIincInsn(int varIndex, int increment) {
      before();
      super.visitIincInsn(varIndex, increment);
    }

    @Override
    public void visitMultiANewArrayInsn(String descriptor, int dims) {
      before();
      super.visitMultiANewArrayInsn(descriptor, dims);
    }
  }
}
