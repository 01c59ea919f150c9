//! The GC types of a module: Rust types to wasm value, storage and heap types.
//!
//! Every defined type lives in one recursion group (Rust types may be recursive through
//! `Box` and `Vec`), interned on first use while functions are emitted; the type section is
//! written last. References are nullable everywhere, so arrays can be created zeroed and
//! locals need no initialisation analysis; a null is never observed by Rust code.
//!
//! Representations: scalars are wasm scalars (`u8`..`u32`, `bool`, `char` in `i32`,
//! canonical); `()` and `!` have no value (a `()` field stores an `i32` 0). Structs, tuples
//! and closures are GC structs with mutable fields; an enum is a base struct holding the
//! variant's index with one subtype per variant, except fieldless enums, which are their
//! index in an `i32`. `[T; N]` and the core library's `RawArray<T>` are `(array (mut T))`;
//! `&[T]` and `&str` are view structs (array, start, length). `Box<T>` and shared
//! references are their referent's representation; `&mut T` is too when `T` is updated in
//! place, and a place reference (object, index, getter, setter) otherwise.

use std::collections::HashMap;

use wasm_encoder::{
    CompositeInnerType, CompositeType, FieldType, FuncType, HeapType, RefType, StorageType, StructType, SubType,
    ValType,
};
use wasmrust_ir::{self as ir, AdtId, FloatTy, IntTy, Mutability, Ty};

/// What a defined type is for; the key it is interned under.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    Array(StorageType),
    View(StorageType),
    /// A struct, tuple or closure (by its Rust type).
    Struct(Ty),
    /// An enum's base type.
    EnumBase(Ty),
    /// An enum variant's subtype.
    Variant(Ty, u32),
    /// A place reference to values represented as this value type.
    MutRef(Option<ValType>),
    Func(Vec<ValType>, Vec<ValType>),
}

/// The type registry.
pub(crate) struct Types<'m> {
    module: &'m ir::Module,
    defs: Vec<Option<SubType>>,
    index: HashMap<Key, u32>,
    owned_box: Option<AdtId>,
}

/// The `i32` index that enum bases keep in field 0.
pub(crate) const TAG_FIELD: u32 = 0;

/// Fields of a place reference.
pub(crate) const MUTREF_OBJ: u32 = 0;
pub(crate) const MUTREF_IDX: u32 = 1;
pub(crate) const MUTREF_GET: u32 = 2;
pub(crate) const MUTREF_SET: u32 = 3;

/// Fields of a view.
pub(crate) const VIEW_ARRAY: u32 = 0;
pub(crate) const VIEW_START: u32 = 1;
pub(crate) const VIEW_LEN: u32 = 2;

fn nullable(index: u32) -> ValType {
    ValType::Ref(RefType { nullable: true, heap_type: HeapType::Concrete(index) })
}

fn field(element_type: StorageType, mutable: bool) -> FieldType {
    FieldType { element_type, mutable }
}

fn sub(inner: CompositeInnerType, is_final: bool, supertype: Option<u32>) -> SubType {
    SubType {
        is_final,
        supertype_idxs: supertype.into_iter().collect(),
        composite_type: CompositeType { inner, shared: false, descriptor: None, describes: None },
    }
}

impl<'m> Types<'m> {
    pub(crate) fn new(module: &'m ir::Module) -> Self {
        Types { module, defs: Vec::new(), index: HashMap::new(), owned_box: module.lang.owned_box }
    }

    /// Every defined type, in index order.
    pub(crate) fn into_defs(self) -> Vec<SubType> {
        self.defs.into_iter().map(|d| d.expect("every reserved type is defined")).collect()
    }

    fn reserve(&mut self, key: Key) -> (u32, bool) {
        if let Some(&i) = self.index.get(&key) {
            return (i, false);
        }
        self.defs.push(None);
        let i = self.defs.len() as u32 - 1;
        self.index.insert(key, i);
        (i, true)
    }

    /// `Box<T>` is `T`.
    pub(crate) fn unbox<'t>(&self, ty: &'t Ty) -> &'t Ty {
        match ty {
            Ty::Adt(id, args) if Some(*id) == self.owned_box => self.unbox(&args[0]),
            other => other,
        }
    }

    /// Whether `&mut` to this type is the object itself (see [`ir::Module::is_in_place`]).
    pub(crate) fn in_place(&self, ty: &Ty) -> bool {
        self.module.is_in_place(self.unbox(ty))
    }

    /// What a reference type is represented as.
    pub(crate) fn ref_kind(&self, ty: &Ty) -> RefKind {
        let Ty::Ref(m, inner) = ty else { return RefKind::NotARef };
        match self.unbox(inner) {
            Ty::Str | Ty::Slice(_) => RefKind::View,
            t if *m == Mutability::Mut && !self.in_place(t) => RefKind::Place,
            _ => RefKind::Same,
        }
    }

    /// The wasm value type of a Rust type; `None` for `()` and `!`.
    pub(crate) fn val(&mut self, ty: &Ty) -> Option<ValType> {
        let ty = self.unbox(ty).clone();
        Some(match &ty {
            Ty::Int(t) if t.bits() == 64 => ValType::I64,
            Ty::Int(_) | Ty::Bool | Ty::Char => ValType::I32,
            Ty::Float(FloatTy::F32) => ValType::F32,
            Ty::Float(FloatTy::F64) => ValType::F64,
            Ty::Unit | Ty::Never => return None,
            Ty::Str | Ty::Slice(_) => unreachable!("unsized types only appear behind references"),
            Ty::Ref(_, inner) => match self.ref_kind(&ty) {
                RefKind::View => nullable(self.view_of(inner)),
                RefKind::Place => {
                    let v = self.val(inner);
                    nullable(self.mutref(v))
                }
                _ => return self.val(inner),
            },
            Ty::Array(elem, _) | Ty::RawArray(elem) => nullable(self.array(elem)),
            Ty::Adt(..) => {
                let layout = &self.module.adts[&ty];
                if layout.is_fieldless_enum() {
                    ValType::I32
                } else if layout.is_enum {
                    nullable(self.enum_base(&ty))
                } else {
                    nullable(self.struct_of(&ty))
                }
            }
            Ty::Tuple(_) | Ty::Closure(_) => nullable(self.struct_of(&ty)),
            Ty::Infer(_) => unreachable!("type checking leaves no inference variables"),
        })
    }

    /// How a value is stored in a struct field or array element.
    pub(crate) fn storage(&mut self, ty: &Ty) -> StorageType {
        match self.unbox(ty) {
            Ty::Int(IntTy::I8 | IntTy::U8) | Ty::Bool => StorageType::I8,
            Ty::Int(IntTy::I16 | IntTy::U16) => StorageType::I16,
            other => {
                let other = other.clone();
                StorageType::Val(self.val(&other).unwrap_or(ValType::I32))
            }
        }
    }

    /// `(array (mut T))` for elements of type `ty`.
    pub(crate) fn array(&mut self, elem: &Ty) -> u32 {
        let st = self.storage(elem);
        self.array_of_storage(st)
    }

    pub(crate) fn array_of_storage(&mut self, st: StorageType) -> u32 {
        let (i, new) = self.reserve(Key::Array(st));
        if new {
            self.defs[i as usize] =
                Some(sub(CompositeInnerType::Array(wasm_encoder::ArrayType(field(st, true))), true, None));
        }
        i
    }

    /// The view struct for `&[T]` (or `&str`: `T` is `u8`).
    pub(crate) fn view_of(&mut self, unsized_ty: &Ty) -> u32 {
        let st = match unsized_ty {
            Ty::Str => StorageType::I8,
            Ty::Slice(elem) => self.storage(elem),
            other => unreachable!("views are of slices and str, not {other:?}"),
        };
        let (i, new) = self.reserve(Key::View(st));
        if new {
            let arr = self.array_of_storage(st);
            let fields = vec![
                field(StorageType::Val(nullable(arr)), false),
                field(StorageType::Val(ValType::I32), false),
                field(StorageType::Val(ValType::I32), false),
            ];
            self.defs[i as usize] =
                Some(sub(CompositeInnerType::Struct(StructType { fields: fields.into() }), true, None));
        }
        i
    }

    /// The array type a view of `unsized_ty` looks into.
    pub(crate) fn view_array(&mut self, unsized_ty: &Ty) -> u32 {
        match unsized_ty {
            Ty::Str => self.array_of_storage(StorageType::I8),
            Ty::Slice(elem) => self.array(elem),
            other => unreachable!("views are of slices and str, not {other:?}"),
        }
    }

    /// The field types of a struct, tuple or closure.
    pub(crate) fn fields_of(&self, ty: &Ty) -> Vec<Ty> {
        match ty {
            Ty::Tuple(ts) => ts.to_vec(),
            Ty::Adt(..) => self.module.adts[ty].variants[0].clone(),
            Ty::Closure(c) => self.module.closures[*c as usize].captures.iter().map(|(t, _)| t.clone()).collect(),
            other => unreachable!("fields of {other:?}"),
        }
    }

    /// The struct type of a struct, tuple or closure.
    pub(crate) fn struct_of(&mut self, ty: &Ty) -> u32 {
        let (i, new) = self.reserve(Key::Struct(ty.clone()));
        if new {
            let mut fields = Vec::new();
            if let Ty::Closure(c) = ty {
                for (t, boxed) in self.module.closures[*c as usize].captures.clone() {
                    let st = if boxed {
                        let arr = self.array(&t);
                        StorageType::Val(nullable(arr))
                    } else {
                        self.storage(&t)
                    };
                    fields.push(field(st, true));
                }
            } else {
                for t in self.fields_of(ty) {
                    let st = self.storage(&t);
                    fields.push(field(st, true));
                }
            }
            self.defs[i as usize] =
                Some(sub(CompositeInnerType::Struct(StructType { fields: fields.into() }), true, None));
        }
        i
    }

    /// An enum's base type: `{ tag: i32 }`, not final.
    pub(crate) fn enum_base(&mut self, ty: &Ty) -> u32 {
        let (i, new) = self.reserve(Key::EnumBase(ty.clone()));
        if new {
            let fields = vec![field(StorageType::Val(ValType::I32), false)];
            self.defs[i as usize] =
                Some(sub(CompositeInnerType::Struct(StructType { fields: fields.into() }), false, None));
        }
        i
    }

    /// A variant's subtype: the tag, then its fields.
    pub(crate) fn variant(&mut self, ty: &Ty, variant: u32) -> u32 {
        let base = self.enum_base(ty);
        let (i, new) = self.reserve(Key::Variant(ty.clone(), variant));
        if new {
            let mut fields = vec![field(StorageType::Val(ValType::I32), false)];
            for t in self.module.adts[ty].variants[variant as usize].clone() {
                let st = self.storage(&t);
                fields.push(field(st, true));
            }
            self.defs[i as usize] =
                Some(sub(CompositeInnerType::Struct(StructType { fields: fields.into() }), true, Some(base)));
        }
        i
    }

    /// A place reference to values of wasm type `v`: `{ obj: anyref, idx: i32, get, set }`.
    pub(crate) fn mutref(&mut self, v: Option<ValType>) -> u32 {
        let (i, new) = self.reserve(Key::MutRef(v));
        if new {
            let (get, set) = self.mutref_fns(v);
            let fields = vec![
                field(StorageType::Val(ValType::Ref(RefType::ANYREF)), false),
                field(StorageType::Val(ValType::I32), false),
                field(
                    StorageType::Val(ValType::Ref(RefType { nullable: false, heap_type: HeapType::Concrete(get) })),
                    false,
                ),
                field(
                    StorageType::Val(ValType::Ref(RefType { nullable: false, heap_type: HeapType::Concrete(set) })),
                    false,
                ),
            ];
            self.defs[i as usize] =
                Some(sub(CompositeInnerType::Struct(StructType { fields: fields.into() }), true, None));
        }
        i
    }

    /// The getter's and setter's function types of a place reference.
    pub(crate) fn mutref_fns(&mut self, v: Option<ValType>) -> (u32, u32) {
        let any = ValType::Ref(RefType::ANYREF);
        let get = self.func(vec![any, ValType::I32], v.into_iter().collect());
        let mut set_params = vec![any, ValType::I32];
        set_params.extend(v);
        let set = self.func(set_params, vec![]);
        (get, set)
    }

    /// A function type.
    pub(crate) fn func(&mut self, params: Vec<ValType>, results: Vec<ValType>) -> u32 {
        let (i, new) = self.reserve(Key::Func(params.clone(), results.clone()));
        if new {
            self.defs[i as usize] = Some(sub(CompositeInnerType::Func(FuncType::new(params, results)), true, None));
        }
        i
    }
}

/// How a reference type is represented.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RefKind {
    /// Not a reference type.
    NotARef,
    /// Like its referent.
    Same,
    /// A view (`&str`, `&[T]`).
    View,
    /// A place reference (`&mut` to a value replaced whole).
    Place,
}
