package org.threadlab.cc.ast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.threadlab.cc.SourceFile;
import org.threadlab.cc.SourcePos;
import org.threadlab.cc.type.Type;

class AstPrinterTests {
    private static final SourcePos POS = new SourceFile("t.c", "x").pos(0);

    @Test
    void expressionsPrintInlineWithTypes() {
        Variable x = new Variable("x", "x", Type.INT, Variable.Kind.LOCAL, POS, 0);
        Expr sum = new Expr.Binary(Expr.BinaryOp.ADD, new Expr.VarRef(x, Type.INT, POS),
                new Expr.IntConst(1, Type.INT, POS), Type.INT, POS);
        Expr assign = new Expr.Assign(new Expr.VarRef(x, Type.INT, POS), sum, Type.INT, POS);
        assertThat(AstPrinter.print(assign))
                .isEqualTo("(= [int] (var x [int]) (+ [int] (var x [int]) (const 1 [int])))");
    }

    @Test
    void statementsPrintOnePerLineIndented() {
        Variable x = new Variable("x", "x", Type.INT, Variable.Kind.LOCAL, POS, 0);
        Stmt body = new Stmt.Block(List.of(
                new Stmt.Decl(x, List.of(new InitItem(0, Type.INT, new Expr.IntConst(3, Type.INT, POS))), POS),
                new Stmt.While(new Expr.VarRef(x, Type.INT, POS),
                        new Stmt.ExprStmt(new Expr.IncDec(false, new Expr.VarRef(x, Type.INT, POS), -1, Type.INT, POS), POS), POS),
                new Stmt.Return(new Expr.VarRef(x, Type.INT, POS), POS)), POS);
        assertThat(AstPrinter.print(body)).isEqualTo("(block\n"
                + "  (decl x [int] (init (0 (const 3 [int]))))\n"
                + "  (while (var x [int])\n"
                + "    (expr (post-1 [int] (var x [int]))))\n"
                + "  (return (var x [int])))");
    }

    @Test
    void globalsShowDataAndRelocations() {
        Variable g = new Variable("p", "p", Type.pointerTo(Type.INT), Variable.Kind.GLOBAL, POS, 0);
        g.setDefined(true);
        g.setHasInitializer(true);
        g.setData(new byte[8]);
        g.relocations().add(new Relocation(0, "counter", 4));
        Function f = new Function("ext", Type.function(Type.VOID, List.of(), false, true), POS);
        TranslationUnit unit = new TranslationUnit(List.of(g), List.of(f), List.of());
        assertThat(AstPrinter.print(unit)).isEqualTo(
                "(global p [int *] (data 0 0 0 0 0 0 0 0) (reloc 0 counter 4))\n(declare ext [void (void)])\n");
        assertThat(AstPrinter.summary(unit)).isEqualTo("global p [int *]\ndeclare ext [void (void)]\n");
    }

    @Test
    void aggregateLocalsLiveInMemoryFromTheStart() {
        Type arr = Type.arrayOf(Type.INT, 4);
        assertThat(new Variable("a", "a", arr, Variable.Kind.LOCAL, POS, 0).isAddressTaken()).isTrue();
        assertThat(new Variable("i", "i", Type.INT, Variable.Kind.LOCAL, POS, 1).isAddressTaken()).isFalse();
    }
}
