//! Helper functions the emitter generates on demand: output through linear memory,
//! panics with static messages, string equality, the getters and setters of place
//! references, and deep copies of `Copy` aggregates.

use wasm_encoder::{BlockType, HeapType, Instruction as I, MemArg, MemArgTarget, RefType, StorageType, ValType};
use wasmrust_ir::{IntTy, Ty};

use crate::layout::{OUT_BUF, OUT_BUF_SIZE};
use crate::module::Cx;
use crate::types::{VIEW_ARRAY, VIEW_LEN, VIEW_START};

/// A generated function.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Helper {
    /// `(fd: i32, text: view)`: copies the bytes through the output buffer to `write`.
    WriteView,
    /// `(offset: i32, len: i32, thread: view)`: writes a panic report to stderr (its start,
    /// the thread's name, then the static rest), exits 101.
    PanicStatic,
    /// `(a: view, b: view) -> i32`: byte equality of two strings.
    StrEq,
    /// Place-reference getter of an array element: `(array, index) -> T`.
    ArrayGet(Ty),
    /// Place-reference setter of an array element.
    ArraySet(Ty),
    /// Getter of a struct's field: the struct's Rust type (or enum variant) and the field.
    FieldGet(Ty, Option<u32>, u32),
    /// Setter of a struct's field.
    FieldSet(Ty, Option<u32>, u32),
    /// A deep copy of a `Copy` aggregate.
    Copy(Ty),
}

impl Helper {
    pub(crate) fn name(&self) -> String {
        match self {
            Helper::WriteView => "rt::write_view".into(),
            Helper::PanicStatic => "rt::panic_static".into(),
            Helper::StrEq => "rt::str_eq".into(),
            Helper::ArrayGet(t) => format!("rt::array_get<{t:?}>"),
            Helper::ArraySet(t) => format!("rt::array_set<{t:?}>"),
            Helper::FieldGet(t, v, f) => format!("rt::field_get<{t:?}, {v:?}, {f}>"),
            Helper::FieldSet(t, v, f) => format!("rt::field_set<{t:?}, {v:?}, {f}>"),
            Helper::Copy(t) => format!("rt::copy<{t:?}>"),
        }
    }
}

type Body = (Vec<ValType>, Vec<ValType>, Vec<ValType>, Vec<I<'static>>);

/// The signature, locals and code of a helper.
pub(crate) fn body(helper: &Helper, cx: &mut Cx<'_>) -> Body {
    match helper {
        Helper::WriteView => write_view(cx),
        Helper::PanicStatic => {
            let (head, head_len) = cx.statics.intern(b"\nthread '");
            let write_view = cx.helper(Helper::WriteView);
            let view = cx.types.view_of(&Ty::Str);
            let view_ty = ValType::Ref(RefType { nullable: true, heap_type: HeapType::Concrete(view) });
            let code = vec![
                I::I32Const(wasmrust_abi::STDERR),
                I::I32Const(head as i32),
                I::I32Const(head_len as i32),
                I::Call(cx.imports.write),
                I::I32Const(wasmrust_abi::STDERR),
                I::LocalGet(2),
                I::Call(write_view),
                I::I32Const(wasmrust_abi::STDERR),
                I::LocalGet(0),
                I::LocalGet(1),
                I::Call(cx.imports.write),
                I::I32Const(wasmrust_abi::PANIC_STATUS),
                I::Call(cx.imports.exit),
                I::Unreachable,
                I::End,
            ];
            (vec![ValType::I32, ValType::I32, view_ty], vec![], vec![], code)
        }
        Helper::StrEq => str_eq(cx),
        Helper::ArrayGet(t) | Helper::ArraySet(t) => {
            let arr = cx.types.array(t);
            let load = array_get(cx, t, arr);
            let get = matches!(helper, Helper::ArrayGet(_));
            // The object is the array, the index the element's.
            accessor(cx, t, arr, true, load, I::ArraySet(arr), get)
        }
        Helper::FieldGet(t, variant, f) | Helper::FieldSet(t, variant, f) => {
            let (st, index, field_ty) = match variant {
                Some(v) => {
                    let st = cx.types.variant(t, *v);
                    (st, f + 1, cx.module.adts[t].variants[*v as usize][*f as usize].clone())
                }
                None => {
                    let st = cx.types.struct_of(t);
                    (st, *f, cx.types.fields_of(t)[*f as usize].clone())
                }
            };
            let load = struct_get(&field_ty, st, index);
            let store = I::StructSet { struct_type_index: st, field_index: index };
            let get = matches!(helper, Helper::FieldGet(..));
            // The field is fixed: the index parameter is unused.
            accessor(cx, &field_ty, st, false, load, store, get)
        }
        Helper::Copy(t) => copy(cx, t),
    }
}

/// A place reference's getter `(obj: anyref, idx: i32) -> T` or setter
/// `(obj: anyref, idx: i32, value: T)`: `obj` cast to `container`, then `load` or `store`
/// (with `idx` as operand when `indexed`). A `()` value is an `i32` 0 in storage.
fn accessor(
    cx: &mut Cx<'_>,
    ty: &Ty,
    container: u32,
    indexed: bool,
    load: I<'static>,
    store: I<'static>,
    get: bool,
) -> Body {
    let v = cx.types.val(ty);
    let any = ValType::Ref(RefType::ANYREF);
    let mut code = vec![I::LocalGet(0), I::RefCastNonNull(HeapType::Concrete(container))];
    if indexed {
        code.push(I::LocalGet(1));
    }
    if get {
        code.push(load);
        if v.is_none() {
            code.push(I::Drop);
        }
        code.push(I::End);
        return (vec![any, ValType::I32], v.into_iter().collect(), vec![], code);
    }
    code.push(if v.is_some() { I::LocalGet(2) } else { I::I32Const(0) });
    code.push(store);
    code.push(I::End);
    let mut params = vec![any, ValType::I32];
    params.extend(v);
    (params, vec![], vec![], code)
}

/// `array.get` with the right extension for packed elements.
pub(crate) fn array_get(cx: &mut Cx<'_>, elem: &Ty, arr: u32) -> I<'static> {
    match cx.types.storage(elem) {
        StorageType::I8 | StorageType::I16 if is_signed(elem) => I::ArrayGetS(arr),
        StorageType::I8 | StorageType::I16 => I::ArrayGetU(arr),
        _ => I::ArrayGet(arr),
    }
}

/// `struct.get` with the right extension for packed fields.
pub(crate) fn struct_get(field_ty: &Ty, struct_type_index: u32, field_index: u32) -> I<'static> {
    match field_ty {
        Ty::Int(IntTy::I8 | IntTy::I16) => I::StructGetS { struct_type_index, field_index },
        Ty::Int(IntTy::U8 | IntTy::U16) | Ty::Bool => I::StructGetU { struct_type_index, field_index },
        _ => I::StructGet { struct_type_index, field_index },
    }
}

fn is_signed(t: &Ty) -> bool {
    matches!(t, Ty::Int(i) if i.signed())
}

fn write_view(cx: &mut Cx<'_>) -> Body {
    let view = cx.types.view_of(&Ty::Str);
    let arr = cx.types.view_array(&Ty::Str);
    let view_ty = ValType::Ref(RefType { nullable: true, heap_type: HeapType::Concrete(view) });
    // params: fd 0, view 1; locals: array 2, pos 3, end 4, chunk 5, i 6
    let mem = MemArg { offset: 0, align: 0, target: MemArgTarget::Memory(0), ordering: None };
    let code = vec![
        I::LocalGet(1),
        I::StructGet { struct_type_index: view, field_index: VIEW_ARRAY },
        I::LocalSet(2),
        I::LocalGet(1),
        I::StructGet { struct_type_index: view, field_index: VIEW_START },
        I::LocalSet(3),
        I::LocalGet(3),
        I::LocalGet(1),
        I::StructGet { struct_type_index: view, field_index: VIEW_LEN },
        I::I32Add,
        I::LocalSet(4),
        I::Block(BlockType::Empty),
        I::Loop(BlockType::Empty),
        // chunk = min(end - pos, OUT_BUF_SIZE)
        I::LocalGet(4),
        I::LocalGet(3),
        I::I32Sub,
        I::LocalTee(5),
        I::I32Eqz,
        I::BrIf(1),
        I::LocalGet(5),
        I::I32Const(OUT_BUF_SIZE as i32),
        I::LocalGet(5),
        I::I32Const(OUT_BUF_SIZE as i32),
        I::I32LtU,
        I::Select,
        I::LocalSet(5),
        I::I32Const(0),
        I::LocalSet(6),
        I::Block(BlockType::Empty),
        I::Loop(BlockType::Empty),
        I::LocalGet(6),
        I::LocalGet(5),
        I::I32GeU,
        I::BrIf(1),
        I::LocalGet(6),
        I::LocalGet(2),
        I::LocalGet(3),
        I::LocalGet(6),
        I::I32Add,
        I::ArrayGetU(arr),
        I::I32Store8(MemArg { offset: u64::from(OUT_BUF), ..mem }),
        I::LocalGet(6),
        I::I32Const(1),
        I::I32Add,
        I::LocalSet(6),
        I::Br(0),
        I::End,
        I::End,
        I::LocalGet(0),
        I::I32Const(OUT_BUF as i32),
        I::LocalGet(5),
        I::Call(cx.imports.write),
        I::LocalGet(3),
        I::LocalGet(5),
        I::I32Add,
        I::LocalSet(3),
        I::Br(0),
        I::End,
        I::End,
        I::End,
    ];
    let arr_ty = ValType::Ref(RefType { nullable: true, heap_type: HeapType::Concrete(arr) });
    (vec![ValType::I32, view_ty], vec![], vec![arr_ty, ValType::I32, ValType::I32, ValType::I32, ValType::I32], code)
}

fn str_eq(cx: &mut Cx<'_>) -> Body {
    let view = cx.types.view_of(&Ty::Str);
    let arr = cx.types.view_array(&Ty::Str);
    let view_ty = ValType::Ref(RefType { nullable: true, heap_type: HeapType::Concrete(view) });
    let get = |v: u32, f: u32| [I::LocalGet(v), I::StructGet { struct_type_index: view, field_index: f }];
    // params a 0, b 1; locals: len 2, i 3
    let mut code = Vec::new();
    code.extend(get(0, VIEW_LEN));
    code.push(I::LocalTee(2));
    code.extend(get(1, VIEW_LEN));
    code.push(I::I32Ne);
    code.push(I::If(BlockType::Empty));
    code.push(I::I32Const(0));
    code.push(I::Return);
    code.push(I::End);
    code.push(I::Block(BlockType::Empty));
    code.push(I::Loop(BlockType::Empty));
    code.extend([I::LocalGet(3), I::LocalGet(2), I::I32GeU, I::BrIf(1)]);
    code.extend(get(0, VIEW_ARRAY));
    code.extend(get(0, VIEW_START));
    code.extend([I::LocalGet(3), I::I32Add, I::ArrayGetU(arr)]);
    code.extend(get(1, VIEW_ARRAY));
    code.extend(get(1, VIEW_START));
    code.extend([I::LocalGet(3), I::I32Add, I::ArrayGetU(arr), I::I32Ne]);
    code.extend([I::If(BlockType::Empty), I::I32Const(0), I::Return, I::End]);
    code.extend([I::LocalGet(3), I::I32Const(1), I::I32Add, I::LocalSet(3), I::Br(0), I::End, I::End]);
    code.extend([I::I32Const(1), I::End]);
    (vec![view_ty, view_ty], vec![ValType::I32], vec![ValType::I32, ValType::I32], code)
}

/// Whether values of this type are copied when read from a place (`Copy` aggregates).
pub(crate) fn needs_copy(cx: &Cx<'_>, ty: &Ty) -> bool {
    let ty = cx.types.unbox(ty);
    match ty {
        Ty::Tuple(ts) => ts.iter().all(|t| is_copy(cx, t)),
        Ty::Array(elem, _) => is_copy(cx, elem),
        Ty::Adt(..) => cx.module.adts.get(ty).is_some_and(|l| l.is_copy && !l.is_fieldless_enum()),
        _ => false,
    }
}

/// Whether a type is `Copy` at all.
fn is_copy(cx: &Cx<'_>, ty: &Ty) -> bool {
    match cx.types.unbox(ty) {
        Ty::Int(_) | Ty::Float(_) | Ty::Bool | Ty::Char | Ty::Unit | Ty::Never => true,
        Ty::Ref(wasmrust_ir::Mutability::Not, _) => true,
        Ty::Tuple(ts) => ts.iter().all(|t| is_copy(cx, t)),
        Ty::Array(elem, _) => is_copy(cx, elem),
        t @ Ty::Adt(..) => cx.module.adts.get(t).is_some_and(|l| l.is_copy),
        _ => false,
    }
}

/// `(x: T) -> T`, a new object with copies of the fields (deeply, through `Copy` fields).
fn copy(cx: &mut Cx<'_>, ty: &Ty) -> Body {
    let v = cx.types.val(ty).expect("aggregates have a value");
    let mut code = Vec::new();
    let mut locals = Vec::new();
    match ty {
        Ty::Array(elem, _) => {
            // A new array with the same elements, each copied if it is an aggregate.
            let arr = cx.types.array(elem);
            code.extend([I::LocalGet(0), I::ArrayLen, I::ArrayNewDefault(arr), I::LocalSet(1)]);
            code.extend([
                I::LocalGet(1),
                I::I32Const(0),
                I::LocalGet(0),
                I::I32Const(0),
                I::LocalGet(0),
                I::ArrayLen,
                I::ArrayCopy { array_type_index_dst: arr, array_type_index_src: arr },
            ]);
            locals.push(v);
            if needs_copy(cx, elem) {
                let inner = cx.helper(Helper::Copy((**elem).clone()));
                locals.push(ValType::I32);
                code.extend([I::Block(BlockType::Empty), I::Loop(BlockType::Empty)]);
                code.extend([I::LocalGet(2), I::LocalGet(1), I::ArrayLen, I::I32GeU, I::BrIf(1)]);
                code.extend([I::LocalGet(1), I::LocalGet(2), I::LocalGet(1), I::LocalGet(2), I::ArrayGet(arr)]);
                code.extend([I::Call(inner), I::ArraySet(arr)]);
                code.extend([I::LocalGet(2), I::I32Const(1), I::I32Add, I::LocalSet(2), I::Br(0), I::End, I::End]);
            }
            code.extend([I::LocalGet(1), I::End]);
        }
        Ty::Adt(..) if cx.module.adts[ty].is_enum => {
            // Variants are rebuilt field by field.
            let layout = cx.module.adts[ty].clone();
            let base = cx.types.enum_base(ty);
            code.extend([I::LocalGet(0), I::StructGet { struct_type_index: base, field_index: 0 }, I::LocalSet(1)]);
            locals.push(ValType::I32);
            for (vi, fields) in layout.variants.iter().enumerate() {
                let st = cx.types.variant(ty, vi as u32);
                code.extend([I::LocalGet(1), I::I32Const(vi as i32), I::I32Eq, I::If(BlockType::Empty)]);
                code.push(I::I32Const(vi as i32));
                for (fi, f) in fields.iter().enumerate() {
                    code.extend([I::LocalGet(0), I::RefCastNonNull(HeapType::Concrete(st))]);
                    code.push(struct_get(f, st, fi as u32 + 1));
                    if needs_copy(cx, f) {
                        let inner = cx.helper(Helper::Copy(f.clone()));
                        code.push(I::Call(inner));
                    }
                }
                code.extend([I::StructNew(st), I::Return, I::End]);
            }
            code.extend([I::Unreachable, I::End]);
        }
        _ => {
            let st = cx.types.struct_of(ty);
            let fields = cx.types.fields_of(ty);
            for (fi, f) in fields.iter().enumerate() {
                code.extend([I::LocalGet(0), struct_get(f, st, fi as u32)]);
                if needs_copy(cx, f) {
                    let inner = cx.helper(Helper::Copy(f.clone()));
                    code.push(I::Call(inner));
                }
            }
            code.extend([I::StructNew(st), I::End]);
        }
    }
    (vec![v], vec![v], locals, code)
}
