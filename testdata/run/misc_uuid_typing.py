import uuid, typing
u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u, u.hex, u.int, u.version, u.variant, repr(u), u.bytes, uuid.UUID(bytes=u.bytes) == u, u.urn, u.fields)
T = typing.TypeVar('T')
def f(x: typing.List[int]) -> typing.Optional[str]:
    return None
print(typing.get_type_hints(f), typing.Optional[int], typing.Union[int, str], typing.List[T], typing.Dict[str, int])
class TD(typing.TypedDict):
    a: int
print(TD(a=1), typing.get_origin(typing.List[int]), typing.get_args(typing.Dict[str, int]), typing.cast(int, 'x'))
class G(typing.Generic[T]):
    pass
print(G[int], typing.Callable[[int], str], typing.Literal['a'], typing.Any)
