//! Function bodies: the typed IR's expressions, places and patterns to wasm instructions.

use wasm_encoder::{BlockType, HeapType, Instruction as I, RefType, ValType};
use wasmrust_ir::{self as ir, Const, Expr, ExprKind, FloatTy, IntTy, Intrinsic, LoopId, Pat, PatKind, Ty};

use crate::arith::canonical32;
use crate::module::{Cx, STRING_SEGMENT, THREAD_NAME_GLOBAL};
use crate::runtime::{self, Helper, array_get, struct_get};
use crate::types::{
    MUTREF_GET, MUTREF_IDX, MUTREF_OBJ, MUTREF_SET, RefKind, TAG_FIELD, VIEW_ARRAY, VIEW_LEN, VIEW_START,
};

/// What a label on the wasm control stack is for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Label {
    Other,
    Break(LoopId),
    Continue(LoopId),
    /// A block the emitter branches to by number (pattern failure, match end).
    Target(u32),
}

/// Where a pattern's value came from, so that `ref mut` bindings can point into it.
#[derive(Clone, Debug)]
enum Access {
    /// A value with no place behind it we can reference.
    Value,
    /// Field `index` of the struct in local `obj` (of wasm struct type `st`), typed `ty`.
    Field { obj: u32, owner: Ty, variant: Option<u32>, index: u32 },
    /// Element `idx` (a local) of the array in local `arr`.
    Elem { arr: u32, idx: u32, elem: Ty },
    /// The place a place reference in local `r` points to.
    Through { r: u32 },
}

pub(crate) struct FnEmitter<'c, 'm> {
    pub(crate) cx: &'c mut Cx<'m>,
    function: &'m ir::Function,
    /// The wasm local of each IR local (`None` for `()` locals); a cell for boxed ones.
    local_index: Vec<Option<u32>>,
    extra_locals: Vec<ValType>,
    param_count: u32,
    labels: Vec<Label>,
    next_target: u32,
    pub(crate) code: Vec<I<'static>>,
}

impl<'c, 'm> FnEmitter<'c, 'm> {
    /// The wasm signature of a function.
    pub(crate) fn signature(cx: &mut Cx<'_>, function: &ir::Function) -> (Vec<ValType>, Vec<ValType>) {
        let params = function.params.iter().filter_map(|p| cx.types.val(&function.locals[p.0 as usize].ty)).collect();
        let results = cx.types.val(&function.ret).into_iter().collect();
        (params, results)
    }

    /// Emits a function: its non-parameter locals and its body, ending in `end`.
    pub(crate) fn emit(cx: &'c mut Cx<'m>, function: &'m ir::Function) -> (Vec<ValType>, Vec<I<'static>>) {
        let mut local_index = vec![None; function.locals.len()];
        let mut next = 0;
        for p in &function.params {
            if cx.types.val(&function.locals[p.0 as usize].ty).is_some() {
                local_index[p.0 as usize] = Some(next);
                next += 1;
            }
        }
        let param_count = next;
        let mut this = FnEmitter {
            cx,
            function,
            local_index,
            extra_locals: Vec::new(),
            param_count,
            labels: Vec::new(),
            next_target: 0,
            code: Vec::new(),
        };
        for (i, local) in function.locals.iter().enumerate() {
            let is_param = function.params.iter().any(|p| p.0 as usize == i);
            let Some(vt) = this.local_type(local) else { continue };
            if is_param {
                // A boxed parameter gets its cell in a new local, filled first thing.
                if local.boxed {
                    let raw = this.local_index[i].expect("param has a value");
                    let cell = this.temp(vt);
                    let arr = this.cx.types.array(&local.ty);
                    this.push(I::LocalGet(raw));
                    this.push(I::ArrayNewFixed { array_type_index: arr, array_size: 1 });
                    this.push(I::LocalSet(cell));
                    this.local_index[i] = Some(cell);
                }
                continue;
            }
            this.local_index[i] = Some(this.temp(vt));
        }
        // A closure's captured variables come from its environment (the first parameter).
        if !function.captures.is_empty() {
            let env_ty = function.locals[function.params[0].0 as usize].ty.clone();
            let st = this.cx.types.struct_of(&env_ty);
            let env = this.local_index[function.params[0].0 as usize].expect("env");
            for (i, alias) in function.captures.iter().enumerate() {
                let Some(target) = this.local_index[alias.0 as usize] else { continue };
                let local = &function.locals[alias.0 as usize];
                this.push(I::LocalGet(env));
                if local.boxed {
                    this.push(I::StructGet { struct_type_index: st, field_index: i as u32 });
                } else {
                    this.push(struct_get(&local.ty, st, i as u32));
                }
                this.push(I::LocalSet(target));
            }
        }
        // A test entry point names the thread for the panics it may raise.
        if let Some(name) = &function.test_name {
            this.cx.uses_thread_name = true;
            this.str_literal(name);
            this.push(I::GlobalSet(THREAD_NAME_GLOBAL));
        }
        this.expr(&function.body);
        this.code.push(I::End);
        (this.extra_locals, this.code)
    }

    /// The wasm type of a local: its value, or its cell when boxed.
    fn local_type(&mut self, local: &ir::Local) -> Option<ValType> {
        let v = self.cx.types.val(&local.ty)?;
        if local.boxed {
            let arr = self.cx.types.array(&local.ty);
            return Some(ValType::Ref(RefType { nullable: true, heap_type: HeapType::Concrete(arr) }));
        }
        Some(v)
    }

    pub(crate) fn temp(&mut self, vt: ValType) -> u32 {
        self.extra_locals.push(vt);
        self.param_count + self.extra_locals.len() as u32 - 1
    }

    pub(crate) fn push(&mut self, i: I<'static>) {
        self.code.push(i);
    }

    fn depth(&self, label: Label) -> u32 {
        let position = self.labels.iter().rposition(|l| *l == label).expect("the label is open");
        (self.labels.len() - 1 - position) as u32
    }

    fn open(&mut self, instruction: I<'static>, label: Label) {
        self.push(instruction);
        self.labels.push(label);
    }

    fn close(&mut self) {
        self.push(I::End);
        self.labels.pop();
    }

    pub(crate) fn open_label(&mut self, instruction: I<'static>, label: Label) {
        self.open(instruction, label);
    }

    pub(crate) fn close_label(&mut self) {
        self.close();
    }

    fn new_target(&mut self) -> Label {
        self.next_target += 1;
        Label::Target(self.next_target)
    }

    fn block_type(&mut self, ty: &Ty) -> BlockType {
        self.cx.types.val(ty).map_or(BlockType::Empty, BlockType::Result)
    }

    fn val(&mut self, ty: &Ty) -> Option<ValType> {
        self.cx.types.val(ty)
    }

    /// Stores the value on the stack into a new temporary.
    fn stash(&mut self, ty: &Ty) -> Option<u32> {
        let vt = self.val(ty)?;
        let t = self.temp(vt);
        self.push(I::LocalSet(t));
        Some(t)
    }

    /// Emits `expr`, leaving its value (if its type has one) on the stack.
    pub(crate) fn expr(&mut self, expr: &Expr) {
        match &expr.kind {
            ExprKind::Int(bits) => self.int_const(&expr.ty, *bits),
            ExprKind::Float(v) => match expr.ty {
                Ty::Float(FloatTy::F32) => self.push(I::F32Const((*v as f32).into())),
                _ => self.push(I::F64Const((*v).into())),
            },
            ExprKind::Bool(b) => self.push(I::I32Const(*b as i32)),
            ExprKind::Char(c) => self.push(I::I32Const(*c as i32)),
            ExprKind::Str(s) => self.str_literal(s),
            ExprKind::Unit => {}
            ExprKind::Local(_)
            | ExprKind::Field { .. }
            | ExprKind::VariantField { .. }
            | ExprKind::Index { .. }
            | ExprKind::Deref(_) => self.load(expr),
            ExprKind::Copy(inner) => {
                self.expr(inner);
                if runtime::needs_copy(self.cx, &expr.ty) && self.val(&expr.ty).is_some() {
                    let copy = self.cx.helper(Helper::Copy(self.cx.types.unbox(&expr.ty).clone()));
                    self.push(I::Call(copy));
                }
            }
            ExprKind::AddrOf(place) => self.addr_of(place, &expr.ty),
            ExprKind::Assign { place, value } => self.assign(place, value),
            ExprKind::Construct { variant, fields } => self.construct(&expr.ty, *variant, fields),
            ExprKind::Array(elems) => {
                let arr = self.cx.types.array(&elem_of(&expr.ty));
                let elem = elem_of(&expr.ty);
                for e in elems {
                    self.expr(e);
                    self.storage_in(&elem);
                }
                self.push(I::ArrayNewFixed { array_type_index: arr, array_size: elems.len() as u32 });
            }
            ExprKind::ArrayRepeat { value, count } => {
                let elem = elem_of(&expr.ty);
                let arr = self.cx.types.array(&elem);
                self.expr(value);
                self.storage_in(&elem);
                self.push(I::I32Const(*count as i32));
                self.push(I::ArrayNew(arr));
                // Aggregate elements must not share one object: copy each slot.
                if runtime::needs_copy(self.cx, &elem) {
                    let a = self.stash(&expr.ty).expect("arrays have values");
                    let i = self.temp(ValType::I32);
                    let copy = self.cx.helper(Helper::Copy(elem.clone()));
                    self.push(I::I32Const(1));
                    self.push(I::LocalSet(i));
                    self.open(I::Block(BlockType::Empty), Label::Other);
                    self.open(I::Loop(BlockType::Empty), Label::Other);
                    self.push(I::LocalGet(i));
                    self.push(I::LocalGet(a));
                    self.push(I::ArrayLen);
                    self.push(I::I32GeU);
                    self.push(I::BrIf(1));
                    self.push(I::LocalGet(a));
                    self.push(I::LocalGet(i));
                    self.push(I::LocalGet(a));
                    self.push(I::LocalGet(i));
                    self.push(I::ArrayGet(arr));
                    self.push(I::Call(copy));
                    self.push(I::ArraySet(arr));
                    self.push(I::LocalGet(i));
                    self.push(I::I32Const(1));
                    self.push(I::I32Add);
                    self.push(I::LocalSet(i));
                    self.push(I::Br(0));
                    self.close();
                    self.close();
                    self.push(I::LocalGet(a));
                }
            }
            ExprKind::Call { func, args } => {
                for a in args {
                    self.expr(a);
                }
                let index = self.cx.function(*func);
                self.push(I::Call(index));
            }
            ExprKind::Intrinsic { op, args } => self.intrinsic(*op, args, &expr.ty),
            ExprKind::Unary { op, operand } => self.unary(*op, operand, &expr.ty),
            ExprKind::Binary { op, lhs, rhs } => self.binary(*op, lhs, rhs, expr),
            ExprKind::Cast(inner) => {
                self.expr(inner);
                self.cast(&inner.ty, &expr.ty);
            }
            ExprKind::Block { stmts, tail } => {
                for s in stmts {
                    self.expr(s);
                    if self.val(&s.ty).is_some() {
                        self.push(I::Drop);
                    }
                }
                if let Some(t) = tail {
                    self.expr(t);
                }
            }
            ExprKind::Let { pat, init, else_ } => {
                self.expr(init);
                let Some(v) = self.stash(&init.ty) else {
                    // A `()` value: bind the locals it has (none hold a value).
                    return;
                };
                let fail = self.new_target();
                self.open(I::Block(BlockType::Empty), Label::Other);
                self.open(I::Block(BlockType::Empty), fail);
                self.pattern(pat, v, Access::Value, fail);
                self.push(I::Br(1));
                self.close();
                match else_ {
                    Some(e) => self.expr(e),
                    None => self.push(I::Unreachable),
                }
                self.close();
            }
            ExprKind::If { cond, then, else_ } => {
                self.expr(cond);
                let bt = if expr.ty == Ty::Never { BlockType::Empty } else { self.block_type(&expr.ty) };
                self.open(I::If(bt), Label::Other);
                self.expr(then);
                if let Some(e) = else_ {
                    self.push(I::Else);
                    self.expr(e);
                }
                self.close();
            }
            ExprKind::Matches { scrutinee, pat } => {
                self.expr(scrutinee);
                let v = self.stash(&scrutinee.ty);
                let fail = self.new_target();
                self.open(I::Block(BlockType::Result(ValType::I32)), Label::Other);
                self.open(I::Block(BlockType::Empty), fail);
                if let Some(v) = v {
                    self.pattern(pat, v, Access::Value, fail)
                }
                self.push(I::I32Const(1));
                self.push(I::Br(1));
                self.close();
                self.push(I::I32Const(0));
                self.close();
            }
            ExprKind::Match { scrutinee, arms } => self.match_expr(scrutinee, arms, &expr.ty),
            ExprKind::Loop { id, body } => {
                let bt = if expr.ty == Ty::Never { BlockType::Empty } else { self.block_type(&expr.ty) };
                self.open(I::Block(bt), Label::Break(*id));
                self.open(I::Loop(BlockType::Empty), Label::Continue(*id));
                self.expr(body);
                if self.val(&body.ty).is_some() {
                    self.push(I::Drop);
                }
                self.push(I::Br(0));
                self.close();
                self.push(I::Unreachable);
                self.close();
            }
            ExprKind::LabeledBlock { id, body } => {
                let bt = self.block_type(&expr.ty);
                self.open(I::Block(bt), Label::Break(*id));
                self.expr(body);
                self.close();
            }
            ExprKind::Break { id, value } => {
                if let Some(v) = value {
                    self.expr(v);
                }
                let depth = self.depth(Label::Break(*id));
                self.push(I::Br(depth));
            }
            ExprKind::Continue(id) => {
                let depth = self.depth(Label::Continue(*id));
                self.push(I::Br(depth));
            }
            ExprKind::Return(value) => {
                if let Some(v) = value {
                    self.expr(v);
                }
                self.push(I::Return);
            }
            ExprKind::PanicStatic(message) => {
                let text = self.panic_report(expr, message);
                self.panic_static(&text);
            }
        }
        if expr.ty == Ty::Never
            && !matches!(expr.kind, ExprKind::Return(_) | ExprKind::Break { .. } | ExprKind::Continue(_))
        {
            self.push(I::Unreachable);
        }
    }

    fn str_literal(&mut self, s: &str) {
        let view = self.cx.types.view_of(&Ty::Str);
        let arr = self.cx.types.view_array(&Ty::Str);
        let (offset, len) = self.cx.strings.intern(s.as_bytes());
        self.push(I::I32Const(offset as i32));
        self.push(I::I32Const(len as i32));
        self.push(I::ArrayNewData { array_type_index: arr, array_data_index: STRING_SEGMENT });
        self.push(I::I32Const(0));
        self.push(I::I32Const(len as i32));
        self.push(I::StructNew(view));
    }

    fn int_const(&mut self, ty: &Ty, bits: u64) {
        match self.cx.types.unbox(ty) {
            Ty::Int(t) if t.bits() == 64 => self.push(I::I64Const(bits as i64)),
            Ty::Int(t) => self.push(I::I32Const(canonical32(*t, bits))),
            Ty::Char | Ty::Bool => self.push(I::I32Const(bits as i32)),
            other => unreachable!("integer constant of type {other:?}"),
        }
    }

    /// rustc's panic report for a check the emitter inserts, after the thread's name.
    fn panic_report(&self, expr: &Expr, message: &str) -> String {
        let file = &self.cx.module.file_names[expr.span.file.0 as usize];
        format!(
            "' panicked at {file}:{}:{}:\n{message}\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n",
            expr.span.start.line, expr.span.start.col
        )
    }

    fn panic_static(&mut self, text: &str) {
        let (offset, len) = self.cx.statics.intern(text.as_bytes());
        self.push(I::I32Const(offset as i32));
        self.push(I::I32Const(len as i32));
        self.thread_name();
        let panic = self.cx.helper(Helper::PanicStatic);
        self.push(I::Call(panic));
        self.push(I::Unreachable);
    }

    /// The running thread's name, as a `&str` view: the test's, or `main`.
    fn thread_name(&mut self) {
        self.cx.uses_thread_name = true;
        let view = self.cx.types.view_of(&Ty::Str);
        self.push(I::GlobalGet(THREAD_NAME_GLOBAL));
        self.push(I::RefIsNull);
        self.open(I::If(BlockType::Result(nullable(view))), Label::Other);
        self.str_literal("main");
        self.push(I::Else);
        self.push(I::GlobalGet(THREAD_NAME_GLOBAL));
        self.close();
    }

    /// Converts a value on the stack to its storage form (a `()` becomes an `i32` 0).
    fn storage_in(&mut self, ty: &Ty) {
        if self.val(ty).is_none() {
            self.push(I::I32Const(0));
        }
    }

    /// After loading from storage: a `()` is dropped.
    fn storage_out(&mut self, ty: &Ty) {
        if self.val(ty).is_none() {
            self.push(I::Drop);
        }
    }

    // ----- places -----

    /// Reads a place.
    fn load(&mut self, place: &Expr) {
        match &place.kind {
            ExprKind::Local(l) => {
                let Some(index) = self.local_index[l.0 as usize] else { return };
                self.push(I::LocalGet(index));
                if self.function.locals[l.0 as usize].boxed {
                    let ty = self.function.locals[l.0 as usize].ty.clone();
                    let arr = self.cx.types.array(&ty);
                    self.push(I::I32Const(0));
                    let get = array_get(self.cx, &ty, arr);
                    self.push(get);
                }
            }
            ExprKind::Field { base, index } => {
                self.expr(base);
                let owner = self.cx.types.unbox(&base.ty).clone();
                let st = self.cx.types.struct_of(&owner);
                self.push(struct_get(&place.ty, st, *index));
                self.storage_out(&place.ty);
            }
            ExprKind::VariantField { base, variant, index } => {
                self.expr(base);
                let owner = self.cx.types.unbox(&base.ty).clone();
                let st = self.cx.types.variant(&owner, *variant);
                self.push(I::RefCastNonNull(HeapType::Concrete(st)));
                self.push(struct_get(&place.ty, st, index + 1));
                self.storage_out(&place.ty);
            }
            ExprKind::Index { base, index } => {
                let arr = self.element(base, index, place);
                let get = array_get(self.cx, &place.ty, arr);
                self.push(get);
                self.storage_out(&place.ty);
            }
            ExprKind::Deref(inner) => match self.cx.types.ref_kind(&inner.ty) {
                RefKind::Place => {
                    self.expr(inner);
                    self.read_through(&place.ty);
                }
                // References like their referent, views, and `Box`: the same value.
                _ => self.expr(inner),
            },
            _ => self.expr(place),
        }
    }

    /// Reads through a place reference on the stack.
    fn read_through(&mut self, ty: &Ty) {
        let v = self.val(ty);
        let mr = self.cx.types.mutref(v);
        let (get_ty, _) = self.cx.types.mutref_fns(v);
        let r = self.temp(ValType::Ref(RefType { nullable: true, heap_type: HeapType::Concrete(mr) }));
        self.push(I::LocalTee(r));
        self.push(I::StructGet { struct_type_index: mr, field_index: MUTREF_OBJ });
        self.push(I::LocalGet(r));
        self.push(I::StructGet { struct_type_index: mr, field_index: MUTREF_IDX });
        self.push(I::LocalGet(r));
        self.push(I::StructGet { struct_type_index: mr, field_index: MUTREF_GET });
        self.push(I::CallRef(get_ty));
    }

    /// Pushes the array and the checked index of an element place; returns the array type.
    fn element(&mut self, base: &Expr, index: &Expr, place: &Expr) -> u32 {
        let elem = place.ty.clone();
        let arr = self.cx.types.array(&elem);
        let base_ty = self.cx.types.unbox(&base.ty).clone();
        let (a, start, len) = (self.temp(nullable(arr)), self.temp(ValType::I32), self.temp(ValType::I32));
        match &base_ty {
            Ty::Array(..) => {
                self.expr(base);
                self.push(I::LocalTee(a));
                self.push(I::ArrayLen);
                self.push(I::LocalSet(len));
                self.push(I::I32Const(0));
                self.push(I::LocalSet(start));
            }
            Ty::Ref(_, inner) if matches!(**inner, Ty::Slice(_)) => {
                let view = self.cx.types.view_of(inner);
                self.expr(base);
                let v = self.temp(nullable(view));
                self.push(I::LocalTee(v));
                self.push(I::StructGet { struct_type_index: view, field_index: VIEW_ARRAY });
                self.push(I::LocalSet(a));
                self.push(I::LocalGet(v));
                self.push(I::StructGet { struct_type_index: view, field_index: VIEW_START });
                self.push(I::LocalSet(start));
                self.push(I::LocalGet(v));
                self.push(I::StructGet { struct_type_index: view, field_index: VIEW_LEN });
                self.push(I::LocalSet(len));
            }
            Ty::Adt(..) => {
                // `Vec { buf, len }`.
                let st = self.cx.types.struct_of(&base_ty);
                self.expr(base);
                let v = self.temp(nullable(st));
                self.push(I::LocalTee(v));
                self.push(I::StructGet { struct_type_index: st, field_index: 0 });
                self.push(I::LocalSet(a));
                self.push(I::LocalGet(v));
                self.push(I::StructGet { struct_type_index: st, field_index: 1 });
                self.push(I::LocalSet(len));
                self.push(I::I32Const(0));
                self.push(I::LocalSet(start));
            }
            other => unreachable!("indexing {other:?}"),
        }
        let i = self.temp(ValType::I32);
        self.expr(index);
        self.push(I::LocalTee(i));
        self.push(I::LocalGet(len));
        self.push(I::I32GeU);
        self.open(I::If(BlockType::Empty), Label::Other);
        self.bounds_panic(i, len, place);
        self.close();
        self.push(I::LocalGet(a));
        self.push(I::LocalGet(start));
        self.push(I::LocalGet(i));
        self.push(I::I32Add);
        arr
    }

    fn bounds_panic(&mut self, i: u32, len: u32, place: &Expr) {
        let Some(f) = self.cx.module.lang.panic_bounds_check else {
            self.push(I::Unreachable);
            return;
        };
        self.push(I::LocalGet(i));
        self.push(I::LocalGet(len));
        let file = self.cx.module.file_names[place.span.file.0 as usize].clone();
        self.str_literal(&file);
        self.push(I::I32Const(place.span.start.line as i32));
        self.push(I::I32Const(place.span.start.col as i32));
        let index = self.cx.function(f);
        self.push(I::Call(index));
        self.push(I::Unreachable);
    }

    /// `place = value`.
    fn assign(&mut self, place: &Expr, value: &Expr) {
        match &place.kind {
            ExprKind::Local(l) => {
                let Some(index) = self.local_index[l.0 as usize] else {
                    self.expr(value);
                    return;
                };
                if self.function.locals[l.0 as usize].boxed {
                    let arr = self.cx.types.array(&place.ty);
                    self.push(I::LocalGet(index));
                    self.push(I::I32Const(0));
                    self.expr(value);
                    self.push(I::ArraySet(arr));
                } else {
                    self.expr(value);
                    self.push(I::LocalSet(index));
                }
            }
            ExprKind::Field { base, index } => {
                self.expr(base);
                let owner = self.cx.types.unbox(&base.ty).clone();
                let st = self.cx.types.struct_of(&owner);
                self.expr(value);
                self.storage_in(&place.ty);
                self.push(I::StructSet { struct_type_index: st, field_index: *index });
            }
            ExprKind::VariantField { base, variant, index } => {
                self.expr(base);
                let owner = self.cx.types.unbox(&base.ty).clone();
                let st = self.cx.types.variant(&owner, *variant);
                self.push(I::RefCastNonNull(HeapType::Concrete(st)));
                self.expr(value);
                self.storage_in(&place.ty);
                self.push(I::StructSet { struct_type_index: st, field_index: index + 1 });
            }
            ExprKind::Index { base, index } => {
                let arr = self.element(base, index, place);
                self.expr(value);
                self.storage_in(&place.ty);
                self.push(I::ArraySet(arr));
            }
            ExprKind::Deref(inner) => match self.cx.types.ref_kind(&inner.ty) {
                RefKind::Place => {
                    let v = self.val(&place.ty);
                    let mr = self.cx.types.mutref(v);
                    let (_, set_ty) = self.cx.types.mutref_fns(v);
                    self.expr(inner);
                    let r = self.temp(nullable(mr));
                    self.push(I::LocalTee(r));
                    self.push(I::StructGet { struct_type_index: mr, field_index: MUTREF_OBJ });
                    self.push(I::LocalGet(r));
                    self.push(I::StructGet { struct_type_index: mr, field_index: MUTREF_IDX });
                    self.expr(value);
                    self.push(I::LocalGet(r));
                    self.push(I::StructGet { struct_type_index: mr, field_index: MUTREF_SET });
                    self.push(I::CallRef(set_ty));
                }
                RefKind::Same if matches!(inner.ty, Ty::Ref(..)) => {
                    // `*r = v` for a type updated in place: copy `v`'s contents into `*r`.
                    self.expr(inner);
                    let Some(dst) = self.stash(&place.ty) else {
                        self.expr(value);
                        return;
                    };
                    self.expr(value);
                    let src = self.stash(&place.ty).expect("same type");
                    self.copy_into(&place.ty, dst, src);
                }
                // `*b = v` for a `Box` is an assignment to the box's own place.
                _ => self.assign(inner, value),
            },
            _ => {
                self.cx.unsupported(format!("assignment to this expression ({:?})", place.kind));
                self.expr(value);
            }
        }
    }

    /// Copies the contents of the object in `src` into the object in `dst` (same type).
    fn copy_into(&mut self, ty: &Ty, dst: u32, src: u32) {
        let ty = self.cx.types.unbox(ty).clone();
        match &ty {
            Ty::Array(elem, _) => {
                let arr = self.cx.types.array(elem);
                self.push(I::LocalGet(dst));
                self.push(I::I32Const(0));
                self.push(I::LocalGet(src));
                self.push(I::I32Const(0));
                self.push(I::LocalGet(src));
                self.push(I::ArrayLen);
                self.push(I::ArrayCopy { array_type_index_dst: arr, array_type_index_src: arr });
            }
            _ => {
                let st = self.cx.types.struct_of(&ty);
                let fields = self.cx.types.fields_of(&ty);
                for (i, f) in fields.iter().enumerate() {
                    self.push(I::LocalGet(dst));
                    self.push(I::LocalGet(src));
                    self.push(struct_get(f, st, i as u32));
                    self.push(I::StructSet { struct_type_index: st, field_index: i as u32 });
                }
            }
        }
    }

    /// `&place` or `&mut place`, as a value of `ref_ty`.
    fn addr_of(&mut self, place: &Expr, ref_ty: &Ty) {
        match self.cx.types.ref_kind(ref_ty) {
            RefKind::Place => self.place_ref(place),
            _ => self.load(place),
        }
    }

    /// A place reference to `place` (whose type is replaced whole).
    fn place_ref(&mut self, place: &Expr) {
        let ty = place.ty.clone();
        let v = self.val(&ty);
        let mr = self.cx.types.mutref(v);
        match &place.kind {
            ExprKind::Local(l) if self.function.locals[l.0 as usize].boxed => {
                let index = self.local_index[l.0 as usize].expect("boxed locals have cells");
                self.push(I::LocalGet(index));
                self.push(I::I32Const(0));
                self.accessors(Helper::ArrayGet(ty.clone()), Helper::ArraySet(ty));
            }
            ExprKind::Index { base, index } => {
                self.element(base, index, place);
                self.accessors(Helper::ArrayGet(ty.clone()), Helper::ArraySet(ty));
            }
            ExprKind::Field { base, index } => {
                self.expr(base);
                self.push(I::I32Const(0));
                let owner = self.cx.types.unbox(&base.ty).clone();
                self.accessors(Helper::FieldGet(owner.clone(), None, *index), Helper::FieldSet(owner, None, *index));
            }
            ExprKind::VariantField { base, variant, index } => {
                self.expr(base);
                self.push(I::I32Const(0));
                let owner = self.cx.types.unbox(&base.ty).clone();
                self.accessors(
                    Helper::FieldGet(owner.clone(), Some(*variant), *index),
                    Helper::FieldSet(owner, Some(*variant), *index),
                );
            }
            ExprKind::Deref(inner) if self.cx.types.ref_kind(&inner.ty) == RefKind::Place => {
                // Reborrowing `&mut *r`: the same place reference.
                self.expr(inner);
                return;
            }
            _ => {
                // A temporary (or a place without a reference, like an unboxed local): its
                // value in a fresh cell. The borrow checker guarantees nobody else sees it.
                let arr = self.cx.types.array(&ty);
                self.load(place);
                self.storage_in(&ty);
                self.push(I::ArrayNewFixed { array_type_index: arr, array_size: 1 });
                self.push(I::I32Const(0));
                self.accessors(Helper::ArrayGet(ty.clone()), Helper::ArraySet(ty));
            }
        }
        self.push(I::StructNew(mr));
    }

    fn accessors(&mut self, get: Helper, set: Helper) {
        let g = self.cx.helper(get);
        let s = self.cx.helper(set);
        self.cx.declare(g);
        self.cx.declare(s);
        self.push(I::RefFunc(g));
        self.push(I::RefFunc(s));
    }

    // ----- aggregates -----

    fn construct(&mut self, ty: &Ty, variant: u32, fields: &[Expr]) {
        let ty = self.cx.types.unbox(ty).clone();
        match &ty {
            Ty::Adt(..) if self.cx.module.adts[&ty].is_fieldless_enum() => {
                for f in fields {
                    self.expr(f);
                }
                self.push(I::I32Const(variant as i32));
            }
            Ty::Adt(..) if self.cx.module.adts[&ty].is_enum => {
                let st = self.cx.types.variant(&ty, variant);
                self.push(I::I32Const(variant as i32));
                for f in fields {
                    self.expr(f);
                    self.storage_in(&f.ty);
                }
                self.push(I::StructNew(st));
            }
            Ty::Closure(c) => {
                let st = self.cx.types.struct_of(&ty);
                let captures = self.cx.module.closures[*c as usize].captures.clone();
                for (f, (cty, boxed)) in fields.iter().zip(captures) {
                    let ExprKind::Local(outer) = f.kind else { unreachable!("captures are locals") };
                    let outer_boxed = self.function.locals[outer.0 as usize].boxed;
                    match (boxed, outer_boxed) {
                        (true, true) => {
                            let index = self.local_index[outer.0 as usize].expect("cell");
                            self.push(I::LocalGet(index));
                        }
                        (true, false) => {
                            let arr = self.cx.types.array(&cty);
                            self.load(f);
                            self.storage_in(&cty);
                            self.push(I::ArrayNewFixed { array_type_index: arr, array_size: 1 });
                        }
                        (false, _) => {
                            self.load(f);
                            self.storage_in(&cty);
                        }
                    }
                }
                self.push(I::StructNew(st));
            }
            _ => {
                let st = self.cx.types.struct_of(&ty);
                for f in fields {
                    self.expr(f);
                    self.storage_in(&f.ty);
                }
                self.push(I::StructNew(st));
            }
        }
    }

    // ----- patterns -----

    fn match_expr(&mut self, scrutinee: &Expr, arms: &[ir::Arm], ty: &Ty) {
        self.expr(scrutinee);
        let v = self.stash(&scrutinee.ty);
        let end = self.new_target();
        let bt = if *ty == Ty::Never { BlockType::Empty } else { self.block_type(ty) };
        self.open(I::Block(bt), end);
        for arm in arms {
            let next = self.new_target();
            self.open(I::Block(BlockType::Empty), next);
            if let Some(v) = v {
                self.pattern(&arm.pat, v, Access::Value, next);
            }
            if let Some(g) = &arm.guard {
                self.expr(g);
                self.push(I::I32Eqz);
                let d = self.depth(next);
                self.push(I::BrIf(d));
            }
            self.expr(&arm.body);
            let d = self.depth(end);
            if arm.body.ty != Ty::Never {
                self.push(I::Br(d));
            }
            self.close();
        }
        self.push(I::Unreachable);
        self.close();
    }

    /// Tests the value in local `v` against `pat`, binding its locals; branches to `fail`
    /// when it does not match.
    fn pattern(&mut self, pat: &Pat, v: u32, access: Access, fail: Label) {
        match &pat.kind {
            PatKind::Wild => {}
            PatKind::Bind { local, by_ref, sub } => {
                if let Some(s) = sub {
                    self.pattern(s, v, access.clone(), fail);
                }
                let Some(target) = self.local_index[local.0 as usize] else { return };
                let boxed = self.function.locals[local.0 as usize].boxed;
                let local_ty = self.function.locals[local.0 as usize].ty.clone();
                match by_ref {
                    Some(true) if self.cx.types.ref_kind(&local_ty) == RefKind::Place => {
                        self.ref_to_access(&pat.ty, v, &access);
                    }
                    _ => self.push(I::LocalGet(v)),
                }
                if boxed {
                    let arr = self.cx.types.array(&local_ty);
                    self.push(I::ArrayNewFixed { array_type_index: arr, array_size: 1 });
                }
                self.push(I::LocalSet(target));
            }
            PatKind::Const(c) => {
                self.push(I::LocalGet(v));
                match c {
                    Const::Int(bits) => {
                        self.int_const(&pat.ty, *bits);
                        self.push(if matches!(self.cx.types.unbox(&pat.ty), Ty::Int(t) if t.bits() == 64) {
                            I::I64Ne
                        } else {
                            I::I32Ne
                        });
                    }
                    Const::Float(f) => match pat.ty {
                        Ty::Float(FloatTy::F32) => {
                            self.push(I::F32Const((*f as f32).into()));
                            self.push(I::F32Ne);
                        }
                        _ => {
                            self.push(I::F64Const((*f).into()));
                            self.push(I::F64Ne);
                        }
                    },
                    Const::Str(s) => {
                        self.str_literal(s);
                        let eq = self.cx.helper(Helper::StrEq);
                        self.push(I::Call(eq));
                        self.push(I::I32Eqz);
                    }
                }
                let d = self.depth(fail);
                self.push(I::BrIf(d));
            }
            PatKind::Range { lo, hi, inclusive } => {
                let (wide, signed, float) = match self.cx.types.unbox(&pat.ty) {
                    Ty::Int(t) => (t.bits() == 64, t.signed(), false),
                    Ty::Float(_) => (true, true, true),
                    _ => (false, false, false),
                };
                if float {
                    self.cx.unsupported("float range patterns".into());
                    return;
                }
                if let Some(Const::Int(lo)) = lo {
                    self.push(I::LocalGet(v));
                    self.int_const(&pat.ty, *lo);
                    self.push(match (wide, signed) {
                        (true, true) => I::I64LtS,
                        (true, false) => I::I64LtU,
                        (false, true) => I::I32LtS,
                        (false, false) => I::I32LtU,
                    });
                    let d = self.depth(fail);
                    self.push(I::BrIf(d));
                }
                if let Some(Const::Int(hi)) = hi {
                    self.push(I::LocalGet(v));
                    self.int_const(&pat.ty, *hi);
                    self.push(match (wide, signed, inclusive) {
                        (true, true, true) => I::I64GtS,
                        (true, false, true) => I::I64GtU,
                        (false, true, true) => I::I32GtS,
                        (false, false, true) => I::I32GtU,
                        (true, true, false) => I::I64GeS,
                        (true, false, false) => I::I64GeU,
                        (false, true, false) => I::I32GeS,
                        (false, false, false) => I::I32GeU,
                    });
                    let d = self.depth(fail);
                    self.push(I::BrIf(d));
                }
            }
            PatKind::Struct { fields } => {
                let owner = self.cx.types.unbox(&pat.ty).clone();
                if fields.is_empty() {
                    return;
                }
                let st = self.cx.types.struct_of(&owner);
                let ftys = self.cx.types.fields_of(&owner);
                for (i, sub) in fields {
                    let fty = &ftys[*i as usize];
                    self.push(I::LocalGet(v));
                    self.push(struct_get(fty, st, *i));
                    self.storage_out(fty);
                    let Some(fv) = self.stash(fty) else {
                        continue;
                    };
                    let acc = Access::Field { obj: v, owner: owner.clone(), variant: None, index: *i };
                    self.pattern(sub, fv, acc, fail);
                }
            }
            PatKind::Variant { variant, fields } => {
                let owner = self.cx.types.unbox(&pat.ty).clone();
                let layout = self.cx.module.adts[&owner].clone();
                if layout.is_fieldless_enum() {
                    self.push(I::LocalGet(v));
                    self.push(I::I32Const(*variant as i32));
                    self.push(I::I32Ne);
                    let d = self.depth(fail);
                    self.push(I::BrIf(d));
                    return;
                }
                let base = self.cx.types.enum_base(&owner);
                self.push(I::LocalGet(v));
                self.push(I::StructGet { struct_type_index: base, field_index: TAG_FIELD });
                self.push(I::I32Const(*variant as i32));
                self.push(I::I32Ne);
                let d = self.depth(fail);
                self.push(I::BrIf(d));
                if fields.is_empty() {
                    return;
                }
                let st = self.cx.types.variant(&owner, *variant);
                let obj = self.temp(nullable(st));
                self.push(I::LocalGet(v));
                self.push(I::RefCastNonNull(HeapType::Concrete(st)));
                self.push(I::LocalSet(obj));
                let ftys = layout.variants[*variant as usize].clone();
                for (i, sub) in fields {
                    let fty = &ftys[*i as usize];
                    self.push(I::LocalGet(obj));
                    self.push(struct_get(fty, st, i + 1));
                    self.storage_out(fty);
                    let Some(fv) = self.stash(fty) else { continue };
                    let acc = Access::Field { obj: v, owner: owner.clone(), variant: Some(*variant), index: *i };
                    self.pattern(sub, fv, acc, fail);
                }
            }
            PatKind::Deref(inner) => {
                let kind = self.cx.types.ref_kind(&pat.ty);
                match kind {
                    RefKind::Place => {
                        let inner_ty = inner.ty.clone();
                        self.push(I::LocalGet(v));
                        self.read_through(&inner_ty);
                        let Some(iv) = self.stash(&inner_ty) else { return };
                        self.pattern(inner, iv, Access::Through { r: v }, fail);
                    }
                    _ => self.pattern(inner, v, access, fail),
                }
            }
            PatKind::Or(alts) => {
                let ok = self.new_target();
                self.open(I::Block(BlockType::Empty), ok);
                for (k, alt) in alts.iter().enumerate() {
                    if k + 1 == alts.len() {
                        self.pattern(alt, v, access.clone(), fail);
                    } else {
                        let next = self.new_target();
                        self.open(I::Block(BlockType::Empty), next);
                        self.pattern(alt, v, access.clone(), next);
                        let d = self.depth(ok);
                        self.push(I::Br(d));
                        self.close();
                    }
                }
                self.close();
            }
            PatKind::Slice { prefix, rest, suffix } => self.slice_pattern(pat, v, prefix, rest, suffix, fail),
        }
    }

    /// A place reference to where a pattern's value came from, for `ref mut` bindings.
    fn ref_to_access(&mut self, ty: &Ty, v: u32, access: &Access) {
        let vt = self.val(ty);
        let mr = self.cx.types.mutref(vt);
        match access {
            Access::Field { obj, owner, variant, index } => {
                self.push(I::LocalGet(*obj));
                self.push(I::I32Const(0));
                self.accessors(
                    Helper::FieldGet(owner.clone(), *variant, *index),
                    Helper::FieldSet(owner.clone(), *variant, *index),
                );
                self.push(I::StructNew(mr));
            }
            Access::Elem { arr, idx, elem } => {
                self.push(I::LocalGet(*arr));
                self.push(I::LocalGet(*idx));
                self.accessors(Helper::ArrayGet(elem.clone()), Helper::ArraySet(elem.clone()));
                self.push(I::StructNew(mr));
            }
            Access::Through { r } => self.push(I::LocalGet(*r)),
            Access::Value => {
                // Nothing to point into: a fresh cell (a temporary's place).
                let arr = self.cx.types.array(ty);
                self.push(I::LocalGet(v));
                self.storage_in(ty);
                self.push(I::ArrayNewFixed { array_type_index: arr, array_size: 1 });
                self.push(I::I32Const(0));
                self.accessors(Helper::ArrayGet(ty.clone()), Helper::ArraySet(ty.clone()));
                self.push(I::StructNew(mr));
            }
        }
    }

    fn slice_pattern(
        &mut self,
        pat: &Pat,
        v: u32,
        prefix: &[Pat],
        rest: &Option<Option<Box<Pat>>>,
        suffix: &[Pat],
        fail: Label,
    ) {
        let ty = self.cx.types.unbox(&pat.ty).clone();
        let elem = elem_of(&ty);
        let arr = self.cx.types.array(&elem);
        let (a, start, len) = (self.temp(nullable(arr)), self.temp(ValType::I32), self.temp(ValType::I32));
        match &ty {
            Ty::Array(..) => {
                self.push(I::LocalGet(v));
                self.push(I::LocalTee(a));
                self.push(I::ArrayLen);
                self.push(I::LocalSet(len));
                self.push(I::I32Const(0));
                self.push(I::LocalSet(start));
            }
            _ => {
                // A slice place: the local holds its view.
                let view = self.cx.types.view_of(&Ty::Slice(std::rc::Rc::new(elem.clone())));
                for (field, local) in [(VIEW_ARRAY, a), (VIEW_START, start), (VIEW_LEN, len)] {
                    self.push(I::LocalGet(v));
                    self.push(I::StructGet { struct_type_index: view, field_index: field });
                    self.push(I::LocalSet(local));
                }
            }
        }
        let fixed = (prefix.len() + suffix.len()) as i32;
        self.push(I::LocalGet(len));
        self.push(I::I32Const(fixed));
        self.push(if rest.is_some() { I::I32LtU } else { I::I32Ne });
        let d = self.depth(fail);
        self.push(I::BrIf(d));
        let element_at = |this: &mut Self, offset: Option<i32>, from_end: Option<i32>| {
            let idx = this.temp(ValType::I32);
            this.push(I::LocalGet(start));
            match (offset, from_end) {
                (Some(o), _) => {
                    this.push(I::I32Const(o));
                    this.push(I::I32Add);
                }
                (_, Some(e)) => {
                    this.push(I::LocalGet(len));
                    this.push(I::I32Add);
                    this.push(I::I32Const(e));
                    this.push(I::I32Sub);
                }
                _ => {}
            }
            this.push(I::LocalSet(idx));
            idx
        };
        for (k, p) in prefix.iter().enumerate() {
            let idx = element_at(self, Some(k as i32), None);
            self.element_pattern(p, a, idx, &elem, arr, fail);
        }
        for (k, p) in suffix.iter().enumerate() {
            let idx = element_at(self, None, Some((suffix.len() - k) as i32));
            self.element_pattern(p, a, idx, &elem, arr, fail);
        }
        if let Some(Some(binding)) = rest {
            // `rest @ ..`: a view of the middle.
            let view = self.cx.types.view_of(&Ty::Slice(std::rc::Rc::new(elem.clone())));
            self.push(I::LocalGet(a));
            self.push(I::LocalGet(start));
            self.push(I::I32Const(prefix.len() as i32));
            self.push(I::I32Add);
            self.push(I::LocalGet(len));
            self.push(I::I32Const(fixed));
            self.push(I::I32Sub);
            self.push(I::StructNew(view));
            let t = self.temp(nullable(view));
            self.push(I::LocalSet(t));
            self.pattern(binding, t, Access::Value, fail);
        }
    }

    fn element_pattern(&mut self, p: &Pat, a: u32, idx: u32, elem: &Ty, arr: u32, fail: Label) {
        self.push(I::LocalGet(a));
        self.push(I::LocalGet(idx));
        let get = array_get(self.cx, elem, arr);
        self.push(get);
        self.storage_out(elem);
        if let Some(ev) = self.stash(elem) {
            self.pattern(p, ev, Access::Elem { arr: a, idx, elem: elem.clone() }, fail);
        }
    }

    // ----- intrinsics -----

    fn intrinsic(&mut self, op: Intrinsic, args: &[Expr], ty: &Ty) {
        use Intrinsic as N;
        match op {
            N::RawNew => {
                let arr = self.cx.types.array(&elem_of(ty));
                self.expr(&args[0]);
                self.push(I::ArrayNewDefault(arr));
            }
            N::RawLen => {
                self.expr(&args[0]);
                self.push(I::ArrayLen);
            }
            N::RawGet => {
                let arr = self.cx.types.array(ty);
                self.expr(&args[0]);
                self.expr(&args[1]);
                let get = array_get(self.cx, ty, arr);
                self.push(get);
                self.storage_out(ty);
            }
            N::RawSet => {
                let elem = args[2].ty.clone();
                let arr = self.cx.types.array(&elem);
                self.expr(&args[0]);
                self.expr(&args[1]);
                self.expr(&args[2]);
                self.storage_in(&elem);
                self.push(I::ArraySet(arr));
            }
            N::RawCopy => {
                let arr = self.cx.types.array(&elem_of(strip_ref(&args[0].ty)));
                for a in args {
                    self.expr(a);
                }
                // (dst, dst_at, src, src_at, len): the operand order array.copy takes.
                self.push(I::ArrayCopy { array_type_index_dst: arr, array_type_index_src: arr });
            }
            N::StrArray | N::SliceArray | N::StrStart | N::SliceStart | N::StrLen | N::SliceLen => {
                let unsized_ty = strip_ref(&args[0].ty).clone();
                let view = self.cx.types.view_of(&unsized_ty);
                self.expr(&args[0]);
                let field = match op {
                    N::StrArray | N::SliceArray => VIEW_ARRAY,
                    N::StrStart | N::SliceStart => VIEW_START,
                    _ => VIEW_LEN,
                };
                self.push(I::StructGet { struct_type_index: view, field_index: field });
            }
            N::StrFromRaw | N::SliceFromRaw => {
                let unsized_ty = strip_ref(ty).clone();
                let view = self.cx.types.view_of(&unsized_ty);
                for a in args {
                    self.expr(a);
                }
                self.push(I::StructNew(view));
            }
            N::ArrayAsSlice => {
                let unsized_ty = strip_ref(ty).clone();
                let view = self.cx.types.view_of(&unsized_ty);
                self.expr(&args[0]);
                let a = self.stash(&args[0].ty).expect("arrays have values");
                self.push(I::LocalGet(a));
                self.push(I::I32Const(0));
                self.push(I::LocalGet(a));
                self.push(I::ArrayLen);
                self.push(I::StructNew(view));
            }
            N::Write => {
                self.expr(&args[0]);
                self.expr(&args[1]);
                let w = self.cx.helper(Helper::WriteView);
                self.push(I::Call(w));
            }
            N::Exit => {
                self.expr(&args[0]);
                let exit = self.cx.imports.exit;
                self.push(I::Call(exit));
                self.push(I::Unreachable);
            }
            N::Transmute => {
                self.expr(&args[0]);
                match (&args[0].ty, ty) {
                    (Ty::Float(FloatTy::F64), Ty::Int(_)) => self.push(I::I64ReinterpretF64),
                    (Ty::Int(_), Ty::Float(FloatTy::F64)) => self.push(I::F64ReinterpretI64),
                    (Ty::Float(FloatTy::F32), Ty::Int(_)) => self.push(I::I32ReinterpretF32),
                    (Ty::Int(_), Ty::Float(FloatTy::F32)) => self.push(I::F32ReinterpretI32),
                    _ => {}
                }
            }
            N::Sqrt | N::Floor | N::Ceil | N::Trunc | N::Nearest | N::FAbs => {
                self.expr(&args[0]);
                let f32 = matches!(ty, Ty::Float(FloatTy::F32));
                self.push(match (op, f32) {
                    (N::Sqrt, false) => I::F64Sqrt,
                    (N::Floor, false) => I::F64Floor,
                    (N::Ceil, false) => I::F64Ceil,
                    (N::Trunc, false) => I::F64Trunc,
                    (N::Nearest, false) => I::F64Nearest,
                    (N::FAbs, false) => I::F64Abs,
                    (N::Sqrt, true) => I::F32Sqrt,
                    (N::Floor, true) => I::F32Floor,
                    (N::Ceil, true) => I::F32Ceil,
                    (N::Trunc, true) => I::F32Trunc,
                    (N::Nearest, true) => I::F32Nearest,
                    _ => I::F32Abs,
                });
            }
            N::CopySign => {
                self.expr(&args[0]);
                self.expr(&args[1]);
                self.push(if matches!(ty, Ty::Float(FloatTy::F32)) { I::F32Copysign } else { I::F64Copysign });
            }
            N::Clz | N::Ctz | N::Popcnt => {
                self.expr(&args[0]);
                let t = match &args[0].ty {
                    Ty::Int(t) => *t,
                    _ => IntTy::U32,
                };
                let wide = t.bits() == 64;
                self.push(match (op, wide) {
                    (N::Clz, true) => I::I64Clz,
                    (N::Ctz, true) => I::I64Ctz,
                    (N::Popcnt, true) => I::I64Popcnt,
                    (N::Clz, false) => I::I32Clz,
                    (N::Ctz, false) => I::I32Ctz,
                    _ => I::I32Popcnt,
                });
                if wide {
                    self.push(I::I32WrapI64);
                } else if t.bits() < 32 {
                    // Narrow types count within their own width.
                    match op {
                        N::Clz => {
                            self.push(I::I32Const(32 - t.bits() as i32));
                            self.push(I::I32Sub);
                        }
                        N::Ctz => {
                            let r = self.temp(ValType::I32);
                            self.push(I::LocalTee(r));
                            self.push(I::I32Const(t.bits() as i32));
                            self.push(I::LocalGet(r));
                            self.push(I::I32Const(t.bits() as i32));
                            self.push(I::I32LtU);
                            self.push(I::Select);
                        }
                        _ => {}
                    }
                }
            }
            N::Rotl | N::Rotr => {
                let t = match &args[0].ty {
                    Ty::Int(t) => *t,
                    _ => IntTy::U32,
                };
                self.expr(&args[0]);
                self.expr(&args[1]);
                if t.bits() == 64 {
                    self.push(I::I64ExtendI32U);
                    self.push(if op == N::Rotl { I::I64Rotl } else { I::I64Rotr });
                } else if t.bits() == 32 {
                    self.push(if op == N::Rotl { I::I32Rotl } else { I::I32Rotr });
                } else {
                    self.cx.unsupported("rotating 8- and 16-bit integers".into());
                }
            }
            N::PtrEq => {
                self.expr(&args[0]);
                self.expr(&args[1]);
                self.push(I::RefEq);
            }
            N::Zeroed => match self.val(ty) {
                Some(ValType::I32) => self.push(I::I32Const(0)),
                Some(ValType::I64) => self.push(I::I64Const(0)),
                Some(ValType::F32) => self.push(I::F32Const(0.0f32.into())),
                Some(ValType::F64) => self.push(I::F64Const(0.0f64.into())),
                Some(ValType::Ref(r)) => self.push(I::RefNull(r.heap_type)),
                _ => {}
            },
            N::Trap => {
                for a in args {
                    self.expr(a);
                }
                self.push(I::Unreachable);
            }
            N::Identity => {
                self.expr(&args[0]);
            }
            N::ThreadName => self.thread_name(),
            N::ShallowCopy => {
                self.expr(&args[0]);
                let inner = self.cx.types.unbox(ty).clone();
                match &inner {
                    Ty::Tuple(_) | Ty::Closure(_) => self.shallow_struct_copy(&inner),
                    Ty::Adt(..) if !self.cx.module.adts[&inner].is_enum => self.shallow_struct_copy(&inner),
                    Ty::Array(elem, _) => {
                        let arr = self.cx.types.array(elem);
                        let src = self.stash(&inner).expect("value");
                        let dst = self.temp(nullable(arr));
                        self.push(I::LocalGet(src));
                        self.push(I::ArrayLen);
                        self.push(I::ArrayNewDefault(arr));
                        self.push(I::LocalSet(dst));
                        self.copy_into(&inner, dst, src);
                        self.push(I::LocalGet(dst));
                    }
                    _ => {}
                }
            }
        }
    }

    fn shallow_struct_copy(&mut self, ty: &Ty) {
        let st = self.cx.types.struct_of(ty);
        let src = self.stash(ty).expect("value");
        let fields = self.cx.types.fields_of(ty);
        for (i, f) in fields.iter().enumerate() {
            self.push(I::LocalGet(src));
            self.push(struct_get(f, st, i as u32));
        }
        self.push(I::StructNew(st));
    }
}

pub(crate) fn nullable(index: u32) -> ValType {
    ValType::Ref(RefType { nullable: true, heap_type: HeapType::Concrete(index) })
}

/// The element type of an array, raw array or slice type (through references).
pub(crate) fn elem_of(ty: &Ty) -> Ty {
    match ty {
        Ty::Array(e, _) | Ty::RawArray(e) | Ty::Slice(e) => (**e).clone(),
        Ty::Ref(_, inner) => elem_of(inner),
        other => unreachable!("no elements in {other:?}"),
    }
}

fn strip_ref(ty: &Ty) -> &Ty {
    match ty {
        Ty::Ref(_, inner) => strip_ref(inner),
        other => other,
    }
}
