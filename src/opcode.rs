//! The instruction set, defined once. Each line of the table below gives an instruction's name,
//! its operand (every instruction has one `u32` operand, ignored by some) and its meaning; the
//! macro turns the table into the `Op` enum, its names for the disassembler and its docs.
//!
//! Stack notation: `a b -- c` means the instruction pops `b` (top) and `a` and pushes `c`.

macro_rules! opcodes {
    ($( $name:ident : $doc:literal ),* $(,)?) => {
        /// One bytecode instruction: an opcode and a 32-bit operand.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
            pub fn doc(&self) -> &'static str {
                match self { $( Op::$name(_) => $doc, )* }
            }

            /// Rewrites the operand (the compiler patches jump targets this way).
            pub fn with_arg(self, a: u32) -> Op {
                match self { $( Op::$name(_) => Op::$name(a), )* }
            }
        }

        /// Every instruction name, in table order.
        pub const ALL_NAMES: &[&str] = &[ $( stringify!($name), )* ];
    };
}

opcodes! {
    Nop:             "do nothing",
    Pop:             "a --",
    Dup:             "a -- a a",
    DupTwo:          "a b -- a b a b",
    Rot2:            "a b -- b a",
    Rot3:            "a b c -- c a b",
    Rot4:            "a b c d -- d a b c",
    LoadConst:       "-- consts[arg]",
    LoadFast:        "-- locals[arg]; UnboundLocalError when unset",
    SubscrFast:      "-- locals[arg >> 16][locals[arg & 0xffff]], both borrowed in place (no count change)",
    SubscrConst:     "-- locals[arg >> 16][consts[arg & 0xffff]], the container borrowed in place",
    StoreFast:       "v -- ; locals[arg] = v",
    DeleteFast:      "unset locals[arg]",
    LoadDeref:       "-- cells[arg].contents (cells are cellvars then freevars)",
    StoreDeref:      "v -- ; cells[arg].contents = v",
    DeleteDeref:     "empty cells[arg]",
    LoadClosure:     "-- cells[arg] itself, to build a closure",
    LoadGlobal:      "-- globals[names[arg]], else builtins[names[arg]]",
    StoreGlobal:     "v -- ; globals[names[arg]] = v",
    DeleteGlobal:    "del globals[names[arg]]",
    LoadName:        "-- names[arg] looked up in the frame's namespace, globals, builtins",
    StoreName:       "v -- ; the frame's namespace[names[arg]] = v",
    DeleteName:      "del the frame's namespace[names[arg]]",
    LoadAttr:        "o -- o.attr_names[arg]  (arg is an attribute site: it has an inline-cache slot)",
    LoadAttrFast:    "-- locals[arg >> 16].attr_names[arg & 0xffff]  (`LoadFast` + `LoadAttr`, the object borrowed in place)",
    StoreAttr:       "v o -- ; o.attr_names[arg] = v  (an attribute site)",
    StoreAttrFast:   "v -- ; locals[arg >> 16].attr_names[arg & 0xffff] = v  (`LoadFast` + `StoreAttr`)",
    DeleteAttr:      "o -- ; del o.names[arg]",
    LoadMethod:      "o -- f o  (unbound method and self) or  o -- a NULL  (plain attribute o.attr_names[arg]; an attribute site)",
    CallMethod:      "f o a1..an -- r  (arg = n), the pair from LoadMethod",
    Call:            "f a1..an -- r  (arg = n positional arguments)",
    CallKw:          "f a1..an names -- r  (arg = n; the last len(names) arguments are keywords)",
    CallEx:          "f args [kwargs] -- r  (arg & 1: a kwargs dict is present)",
    BinaryOp:        "a b -- a OP b  (arg = BinOp number)",
    BinaryOpConst:   "a -- a OP consts[arg & 0xffff]  (arg >> 16 = BinOp number; `LoadConst` + `BinaryOp`)",
    InplaceOp:       "a b -- a OP= b  (arg = BinOp number)",
    InplaceOpConst:  "a -- a OP= consts[arg & 0xffff]  (arg >> 16 = BinOp number; `LoadConst` + `InplaceOp`)",
    UnaryOp:         "a -- OP a  (arg: 0 -, 1 +, 2 ~, 3 not)",
    CompareOp:       "a b -- a CMP b  (arg: 0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >=)",
    CompareConst:    "a -- a CMP consts[arg & 0xffff]  (arg >> 16 as for `CompareOp`; `LoadConst` + `CompareOp`)",
    IsOp:            "a b -- a is b  (arg 1: is not)",
    ContainsOp:      "a b -- a in b  (arg 1: not in)",
    BinarySubscr:    "o k -- o[k]",
    StoreSubscr:     "v o k -- ; o[k] = v",
    DeleteSubscr:    "o k -- ; del o[k]",
    BuildTuple:      "a1..an -- (a1, ..., an)",
    BuildList:       "a1..an -- [a1, ..., an]",
    BuildSet:        "a1..an -- {a1, ..., an}",
    BuildMap:        "k1 v1..kn vn -- {k1: v1, ...}",
    BuildSlice:      "a b [c] -- slice  (arg = 2 or 3)",
    BuildString:     "s1..sn -- s1 + ... + sn  (f-strings)",
    ListAppend:      "v -- ; stack[-arg].append(v)  (comprehensions)",
    SetAdd:          "v -- ; stack[-arg].add(v)",
    MapAdd:          "k v -- ; stack[-arg][k] = v",
    ListExtend:      "it -- ; stack[-arg].extend(it)  (starred items in displays)",
    SetUpdate:       "it -- ; stack[-arg].update(it)",
    DictUpdate:      "m -- ; stack[-arg].update(m)  (** in displays and calls)",
    ListToTuple:     "l -- tuple(l)",
    UnpackSequence:  "seq -- an..a1  (exactly arg items, first on top)",
    UnpackEx:        "seq -- ...  (arg = before | after << 8, one starred list between)",
    FormatValue:     "v [spec] -- str  (arg & 3: 0 none, 1 str, 2 repr, 3 ascii; arg & 4: spec present)",
    Jump:            "ip = arg",
    PopJumpIfFalse:  "c -- ; if not c: ip = arg",
    PopJumpIfTrue:   "c -- ; if c: ip = arg",
    JumpIfFalseOrPop: "c -- c  (jump when false) or  c --  (fall through)",
    JumpIfTrueOrPop: "c -- c  (jump when true) or  c --  (fall through)",
    GetIter:         "o -- iter(o)",
    ForIter:         "it -- it next  or, when exhausted,  it --  and ip = arg",
    ReturnValue:     "v -- ; return v to the caller",
    MakeFunction:    "[defaults] [kwdefaults] [closure] code -- f  (arg bits 1, 2, 4 say which are present)",
    SetupExcept:     "push a handler block: an exception jumps to arg with the stack cut back",
    PopBlock:        "pop the innermost handler block",
    PopExcept:       "leave an except clause: restore the previously handled exception",
    Raise:           "arg 0: re-raise the handled exception; 1: exc --  raise; 2: exc cause --  raise from",
    Reraise:         "exc -- ; raise exc again without adding a traceback entry",
    CheckExcMatch:   "exc type -- exc matches  (type may be a tuple)",
    ImportName:      "-- module names[arg]",
    ImportFrom:      "m -- m names[arg]",
    LoadAssertionError: "-- AssertionError",
    BeforeWith:      "mgr -- exit enter  (mgr.__exit__ bound, and the result of mgr.__enter__())",
    WithExceptStart: "exit exc -- exit exc r  (r = exit(type(exc), exc, None))",
    YieldValue:      "v -- sent  (suspend the generator, yielding v; resume with the sent value)",
    GetYieldFromIter: "o -- it  (a generator stays itself; anything else becomes iter(o))",
    YieldFrom:       "it sent -- it  (while it yields) or  it sent -- result  (when it returns)",
    LoadGlobals:     "-- the frame's globals dict",
    LoadLocals:      "-- a dict of the frame's local names (the namespace itself at module and class level)",
    LoadBuildClass:  "-- __build_class__  (then called with the body function, name and bases)",
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
