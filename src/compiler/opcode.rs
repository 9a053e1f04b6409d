//! The instruction set, defined once. Each line of the table below gives an instruction's name,
//! its stack effect as a function of its operand `n` (values popped, values pushed, when it
//! falls through) and its meaning; every instruction has one `u32` operand, ignored by some.
//! The macro turns the table into the `Op` enum, its names for the disassembler, its docs and
//! the stack effects that `verify` checks a code object's depth with.
//!
//! Stack notation: `a b -- c` means the instruction pops `b` (top) and `a` and pushes `c`.

macro_rules! opcodes {
    ($( $name:ident : $effect:expr, $doc:literal ),* $(,)?) => {
        /// One bytecode instruction: an opcode and a 32-bit operand.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        // `BinaryOp`, `UnaryOp`, `InplaceOp` name what they compute, as CPython's do
        #[allow(clippy::enum_variant_names)]
        pub enum Op {
            $( #[doc = $doc] $name(u32), )*
        }

        impl Op {
            /// The instruction's name, as `gilt --dis` prints it.
            pub fn name(&self) -> &'static str {
                match self { $( Op::$name(_) => stringify!($name), )* }
            }

            /// The operand.
            pub fn arg(&self) -> u32 {
                match self { $( Op::$name(a) => *a, )* }
            }

            /// One line of meaning, from the table.
            #[cfg(test)]
            pub fn doc(&self) -> &'static str {
                match self { $( Op::$name(_) => $doc, )* }
            }

            /// How many values the instruction pops and then pushes when it falls through to
            /// the next instruction (`verify` adds what a jump does differently).
            #[allow(unused_variables)]
            pub fn stack_effect(&self) -> (u32, u32) {
                match *self { $( Op::$name(a) => {
                    let effect: fn(u32) -> (u32, u32) = $effect;
                    effect(a)
                } )* }
            }

            /// Rewrites the operand (the compiler patches jump targets this way).
            pub fn with_arg(self, a: u32) -> Op {
                match self { $( Op::$name(_) => Op::$name(a), )* }
            }
        }

        /// Every instruction name, in table order.
        #[cfg(test)]
        pub const ALL_NAMES: &[&str] = &[ $( stringify!($name), )* ];
    };
}

/// The bits of `ImportName`'s operand that index `names` (the rest is the relative level).
pub const IMPORT_NAME_MASK: u32 = 0xff_ffff;

opcodes! {
    Nop:               |n| (0, 0),                            "do nothing",
    Pop:               |n| (1, 0),                            "a --",
    Dup:               |n| (1, 2),                            "a -- a a",
    DupTwo:            |n| (2, 4),                            "a b -- a b a b",
    Rot2:              |n| (2, 2),                            "a b -- b a",
    Rot3:              |n| (3, 3),                            "a b c -- c a b",
    LoadConst:         |n| (0, 1),                            "-- consts[arg]",
    LoadFast:          |n| (0, 1),                            "-- locals[arg]; UnboundLocalError when unset",
    SubscrFast:        |n| (0, 1),                            "-- locals[arg >> 16][locals[arg & 0xffff]], both borrowed in place (no count change)",
    SubscrConst:       |n| (0, 1),                            "-- locals[arg >> 16][consts[arg & 0xffff]], the container borrowed in place",
    StoreFast:         |n| (1, 0),                            "v -- ; locals[arg] = v",
    DeleteFast:        |n| (0, 0),                            "unset locals[arg]",
    LoadDeref:         |n| (0, 1),                            "-- cells[arg].contents (cells are cellvars then freevars)",
    StoreDeref:        |n| (1, 0),                            "v -- ; cells[arg].contents = v",
    DeleteDeref:       |n| (0, 0),                            "empty cells[arg]",
    LoadClosure:       |n| (0, 1),                            "-- cells[arg] itself, to build a closure",
    LoadGlobal:        |n| (0, 1),                            "-- globals[names[arg]], else builtins[names[arg]]",
    StoreGlobal:       |n| (1, 0),                            "v -- ; globals[names[arg]] = v",
    DeleteGlobal:      |n| (0, 0),                            "del globals[names[arg]]",
    LoadName:          |n| (0, 1),                            "-- names[arg] looked up in the frame's namespace, globals, builtins",
    StoreName:         |n| (1, 0),                            "v -- ; the frame's namespace[names[arg]] = v",
    DeleteName:        |n| (0, 0),                            "del the frame's namespace[names[arg]]",
    LoadAttr:          |n| (1, 1),                            "o -- o.attr_names[arg]  (arg is an attribute site: it has an inline-cache slot)",
    LoadAttrFast:      |n| (0, 1),                            "-- locals[arg >> 16].attr_names[arg & 0xffff]  (`LoadFast` + `LoadAttr`, the object borrowed in place)",
    StoreAttr:         |n| (2, 0),                            "v o -- ; o.attr_names[arg] = v  (an attribute site)",
    StoreAttrFast:     |n| (1, 0),                            "v -- ; locals[arg >> 16].attr_names[arg & 0xffff] = v  (`LoadFast` + `StoreAttr`)",
    DeleteAttr:        |n| (1, 0),                            "o -- ; del o.names[arg]",
    LoadMethod:        |n| (1, 2),                            "o -- f o  (unbound method and self) or  o -- a NULL  (plain attribute o.attr_names[arg]; an attribute site)",
    CallMethod:        |n| (n + 2, 1),                        "f o a1..an -- r  (arg = n), the pair from LoadMethod",
    Call:              |n| (n + 1, 1),                        "f a1..an -- r  (arg = n positional arguments)",
    CallKw:            |n| (n + 2, 1),                        "f a1..an names -- r  (arg = n; the last len(names) arguments are keywords)",
    BinaryOp:          |n| (2, 1),                            "a b -- a OP b  (arg = BinOp number)",
    BinaryOpConst:     |n| (1, 1),                            "a -- a OP consts[arg & 0xffff]  (arg >> 16 = BinOp number; `LoadConst` + `BinaryOp`)",
    InplaceOp:         |n| (2, 1),                            "a b -- a OP= b  (arg = BinOp number)",
    InplaceOpConst:    |n| (1, 1),                            "a -- a OP= consts[arg & 0xffff]  (arg >> 16 = BinOp number; `LoadConst` + `InplaceOp`)",
    UnaryOp:           |n| (1, 1),                            "a -- OP a  (arg: 0 -, 1 +, 2 ~, 3 not)",
    CompareOp:         |n| (2, 1),                            "a b -- a CMP b  (arg: 0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >=)",
    CompareConst:      |n| (1, 1),                            "a -- a CMP consts[arg & 0xffff]  (arg >> 16 as for `CompareOp`; `LoadConst` + `CompareOp`)",
    IsOp:              |n| (2, 1),                            "a b -- a is b  (arg 1: is not)",
    ContainsOp:        |n| (2, 1),                            "a b -- a in b  (arg 1: not in)",
    BinarySubscr:      |n| (2, 1),                            "o k -- o[k]",
    StoreSubscr:       |n| (3, 0),                            "v o k -- ; o[k] = v",
    DeleteSubscr:      |n| (2, 0),                            "o k -- ; del o[k]",
    BuildTuple:        |n| (n, 1),                            "a1..an -- (a1, ..., an)",
    BuildList:         |n| (n, 1),                            "a1..an -- [a1, ..., an]",
    BuildSet:          |n| (n, 1),                            "a1..an -- {a1, ..., an}",
    BuildMap:          |n| (2 * n, 1),                        "k1 v1..kn vn -- {k1: v1, ...}",
    BuildSlice:        |n| (n, 1),                            "a b [c] -- slice  (arg = 2 or 3)",
    BuildString:       |n| (n, 1),                            "s1..sn -- s1 + ... + sn  (f-strings)",
    ListAppend:        |n| (1, 0),                            "v -- ; stack[-arg].append(v)  (comprehensions)",
    SetAdd:            |n| (1, 0),                            "v -- ; stack[-arg].add(v)",
    MapAdd:            |n| (2, 0),                            "k v -- ; stack[-arg][k] = v",
    ListExtend:        |n| (1, 0),                            "it -- ; stack[-arg].extend(it)  (starred items in displays)",
    SetUpdate:         |n| (1, 0),                            "it -- ; stack[-arg].update(it)",
    DictUpdate:        |n| (1, 0),                            "m -- ; stack[-arg].update(m)  (** in displays and calls)",
    ListToTuple:       |n| (1, 1),                            "l -- tuple(l)",
    UnpackSequence:    |n| (1, n),                            "seq -- an..a1  (exactly arg items, first on top)",
    UnpackEx:          |n| (1, (n & 0xff) + (n >> 8) + 1),    "seq -- ...  (arg = before | after << 8, one starred list between)",
    FormatValue:       |n| (1 + (n >> 2 & 1), 1),             "v [spec] -- str  (arg & 3: 0 none, 1 str, 2 repr, 3 ascii; arg & 4: spec present)",
    Jump:              |n| (0, 0),                            "ip = arg",
    PopJumpIfFalse:    |n| (1, 0),                            "c -- ; if not c: ip = arg",
    PopJumpIfTrue:     |n| (1, 0),                            "c -- ; if c: ip = arg",
    JumpIfFalseOrPop:  |n| (1, 0),                            "c -- c  (jump when false) or  c --  (fall through)",
    JumpIfTrueOrPop:   |n| (1, 0),                            "c -- c  (jump when true) or  c --  (fall through)",
    GetIter:           |n| (1, 1),                            "o -- iter(o)",
    ForIter:           |n| (1, 2),                            "it -- it next  or, when exhausted,  it --  and ip = arg",
    ReturnValue:       |n| (1, 0),                            "v -- ; return v to the caller",
    MakeFunction:      |n| (1 + (n & 3).count_ones() + (n >> 3), 1), "[defaults] [kwdefaults] cell*(arg>>3) code -- f  (arg bits 1, 2 say which are present)",
    SetupExcept:       |n| (0, 0),                            "push a handler block: an exception jumps to arg with the stack cut back",
    PopBlock:          |n| (0, 0),                            "pop the innermost handler block",
    PopExcept:         |n| (0, 0),                            "leave an except clause: restore the previously handled exception",
    Raise:             |n| (n, 0),                            "arg 0: re-raise the handled exception; 1: exc --  raise; 2: exc cause --  raise from",
    Reraise:           |n| (1, 0),                            "exc -- ; raise exc again without adding a traceback entry",
    CheckExcMatch:     |n| (2, 1),                            "exc type -- exc matches  (type may be a tuple)",
    ImportName:        |n| (0, 1),                            "-- module names[arg & 0xffffff], arg >> 24 packages up from the frame's (0: absolute)",
    ImportFrom:        |n| (1, 2),                            "m -- m names[arg]  (a submodule of package m when m lacks it)",
    ImportStar:        |n| (1, 0),                            "m -- ; m's public names (its __all__, else those without a leading _) stored in the frame's namespace",
    LoadAssertionError: |n| (0, 1),                            "-- AssertionError",
    BeforeWith:        |n| (1, 2),                            "mgr -- exit enter  (mgr.__exit__ bound, and the result of mgr.__enter__())",
    WithExceptStart:   |n| (2, 3),                            "exit exc -- exit exc r  (r = exit(type(exc), exc, None))",
    YieldValue:        |n| (1, 1),                            "v -- sent  (suspend the generator, yielding v; resume with the sent value)",
    GetYieldFromIter:  |n| (1, 1),                            "o -- it  (a generator stays itself; anything else becomes iter(o))",
    YieldFrom:         |n| (2, 1),                            "it sent -- it  (while it yields) or  it sent -- result  (when it returns)",
    GetAwaitable:      |n| (1, 1),                            "o -- it  (what `await o` delegates to: a coroutine itself, else o.__await__())",
    GetAIter:          |n| (1, 1),                            "o -- type(o).__aiter__(o)",
    GetANext:          |n| (0, 1),                            "ait -- ait aw  (aw: the awaitable of ait.__anext__())",
    EndAsyncFor:       |n| (2, 0),                            "ait exc --  (an `async for` ends at StopAsyncIteration; any other exc is raised again)",
    BeforeAsyncWith:   |n| (1, 2),                            "mgr -- exit aw  (mgr.__aexit__ bound, and the awaitable mgr.__aenter__())",
    LoadGlobals:       |n| (0, 1),                            "-- the frame's globals dict",
    LoadLocals:        |n| (0, 1),                            "-- a dict of the frame's local names (the namespace itself at module and class level)",
    LoadBuildClass:    |n| (0, 1),                            "-- __build_class__  (then called with the body function, name and bases)",
    Swap:              |n| (n, n),                            "a1 a2..an -- an a2..a1  (arg = n >= 2: the top and the n-th value from the top change places)",
    GetLen:            |n| (1, 2),                            "o -- o len(o)",
    MatchSequence:     |n| (1, 2),                            "s -- s b  (b: s is a sequence to a sequence pattern: list, tuple, range, a collections.abc.Sequence; never str, bytes, bytearray)",
    MatchMapping:      |n| (1, 2),                            "s -- s b  (b: s is a mapping to a mapping pattern: dict, a collections.abc.Mapping)",
    MatchKeys:         |n| (2, 3),                            "s keys -- s keys vs  (vs: tuple of s.get(k) for the keys, None when one is missing)",
    CopyDictWithoutKeys: |n| (2, 2),                          "s keys -- s rest  (rest: a dict of the items of s but those of keys)",
    MatchClass:        |n| (3, 1),                            "s cls names -- attrs  (tuple: arg positional attributes by __match_args__, then those in names; None when s is no cls or lacks one)",
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_consistent() {
        assert_eq!(Op::LoadConst(3).name(), "LoadConst");
        assert_eq!(Op::Jump(7).with_arg(9), Op::Jump(9));
        assert_eq!(Op::Call(2).arg(), 2);
        assert!(ALL_NAMES.contains(&"ForIter"));
        assert!(!Op::Pop(0).doc().is_empty());
        assert!(std::mem::size_of::<Op>() <= 8);
    }
}
