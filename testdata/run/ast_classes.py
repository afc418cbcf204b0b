import ast
print(ast.AST, ast.Module, ast.BinOp.__mro__)
print(ast.BinOp._fields, ast.expr._attributes, ast.BinOp.__doc__, ast.FunctionDef.__match_args__)
n = ast.BinOp(ast.Constant(1), ast.Add(), ast.Name('x', ast.Load()))
print(ast.dump(n))
print(ast.FunctionDef().returns, ast.Name().__dict__, isinstance(n, ast.expr), issubclass(ast.Add, ast.operator))
try:
    ast.BinOp(1, 2, 3, 4)
except TypeError as e:
    print(e)
print(ast.unparse(ast.BinOp(ast.Constant(1), ast.Mult(), ast.Constant(2))))
import inspect, dataclasses
@dataclasses.dataclass
class P:
    x: int
    y: int = 2
print(P(1), inspect.signature(P))
print(ast.expr.__doc__.splitlines()[0], ast.arguments.__doc__)
print(ast.literal_eval.__name__, ast.PyCF_ONLY_AST)
