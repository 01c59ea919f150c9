//! Module assembly: index spaces, sections, data segments and names.

use std::collections::HashMap;

use wasm_encoder::{
    CodeSection, ConstExpr, DataCountSection, DataSection, ElementSection, Elements, EntityType, ExportKind,
    ExportSection, Function, FunctionSection, GlobalSection, GlobalType, HeapType, ImportSection, MemorySection,
    MemoryType, NameMap, NameSection, RefType, TypeSection, ValType,
};
use wasmrust_ir::{self as ir, FuncId};

use crate::function::FnEmitter;
use crate::layout::{PAGE, STATIC_BASE};
use crate::runtime::{self, Helper};
use crate::types::Types;

/// Passive data segment with string literal bytes, for `array.new_data`.
pub(crate) const STRING_SEGMENT: u32 = 1;

/// The global holding the running test's name (a `&str` view; null outside tests).
pub(crate) const THREAD_NAME_GLOBAL: u32 = 0;

/// Interned bytes, laid out one after another.
#[derive(Default)]
pub(crate) struct Pool {
    base: u32,
    pub(crate) bytes: Vec<u8>,
    index: HashMap<Vec<u8>, u32>,
}

impl Pool {
    /// Adds `text` (once) and returns its (offset, length).
    pub(crate) fn intern(&mut self, text: &[u8]) -> (u32, u32) {
        let offset = *self.index.entry(text.to_vec()).or_insert_with(|| {
            let offset = self.base + self.bytes.len() as u32;
            self.bytes.extend_from_slice(text);
            offset
        });
        (offset, text.len() as u32)
    }
}

/// Function indices of the host imports.
pub(crate) struct Imports {
    pub write: u32,
    pub exit: u32,
}

/// Module-wide state shared by the function emitters.
pub(crate) struct Cx<'m> {
    pub module: &'m ir::Module,
    pub types: Types<'m>,
    pub statics: Pool,
    pub strings: Pool,
    pub imports: Imports,
    user_index: HashMap<FuncId, u32>,
    /// Helpers in index order; their bodies are generated after the user functions.
    helpers: Vec<Helper>,
    helper_index: HashMap<Helper, u32>,
    first_helper: u32,
    /// Functions referenced by `ref.func`, declared in an element segment.
    pub declared: Vec<u32>,
    /// The first thing the emitter could not do, reported as an unsupported construct.
    pub unsupported: Option<String>,
    /// Something reads or sets the thread-name global.
    pub uses_thread_name: bool,
}

impl Cx<'_> {
    /// The function index of a helper, added on first use.
    pub(crate) fn helper(&mut self, helper: Helper) -> u32 {
        if let Some(&i) = self.helper_index.get(&helper) {
            return i;
        }
        let i = self.first_helper + self.helpers.len() as u32;
        self.helpers.push(helper.clone());
        self.helper_index.insert(helper, i);
        i
    }

    /// The function index of a reachable function.
    pub(crate) fn function(&self, id: FuncId) -> u32 {
        self.user_index[&id]
    }

    /// A function index usable in `ref.func`.
    pub(crate) fn declare(&mut self, index: u32) -> u32 {
        if !self.declared.contains(&index) {
            self.declared.push(index);
        }
        index
    }

    /// Records something the emitter cannot do (the first one is reported).
    pub(crate) fn unsupported(&mut self, what: String) {
        if self.unsupported.is_none() {
            self.unsupported = Some(what);
        }
    }
}

/// The functions reachable from the module's roots, in index order.
fn reachable(module: &ir::Module) -> Vec<FuncId> {
    let mut seen = vec![false; module.functions.len()];
    let mut work: Vec<FuncId> = module.main.into_iter().chain(module.exports.iter().map(|(_, f)| *f)).collect();
    // Checks the emitter inserts call the core library.
    work.extend(module.lang.panic_bounds_check);
    work.extend(module.closures.iter().map(|c| c.func));
    while let Some(id) = work.pop() {
        if std::mem::replace(&mut seen[id.0 as usize], true) {
            continue;
        }
        collect_calls(&module.functions[id.0 as usize].body, &mut work);
    }
    (0..module.functions.len() as u32).map(FuncId).filter(|id| seen[id.0 as usize]).collect()
}

fn collect_calls(expr: &ir::Expr, out: &mut Vec<FuncId>) {
    if let ir::ExprKind::Call { func, .. } = &expr.kind {
        out.push(*func);
    }
    expr.for_each_child(|child| collect_calls(child, out));
}

/// Emits the module; `Err` names a construct the emitter does not support yet.
pub fn emit(module: &ir::Module) -> Result<Vec<u8>, String> {
    let reachable = reachable(module);
    let imports_list = [wasmrust_abi::WRITE, wasmrust_abi::EXIT];
    let imports = Imports { write: 0, exit: 1 };
    let first_user = imports_list.len() as u32;
    let user_index: HashMap<FuncId, u32> =
        reachable.iter().enumerate().map(|(i, id)| (*id, first_user + i as u32)).collect();
    let first_helper = first_user + reachable.len() as u32;

    let mut cx = Cx {
        module,
        types: Types::new(module),
        statics: Pool { base: STATIC_BASE, ..Pool::default() },
        strings: Pool::default(),
        imports,
        user_index,
        helpers: Vec::new(),
        helper_index: HashMap::new(),
        first_helper,
        declared: Vec::new(),
        unsupported: None,
        uses_thread_name: false,
    };

    let mut imports_section = ImportSection::new();
    for f in &imports_list {
        let params = f.params.iter().map(|t| abi_val_type(*t)).collect();
        let results = f.results.iter().map(|t| abi_val_type(*t)).collect();
        let ty = cx.types.func(params, results);
        imports_section.import(wasmrust_abi::IMPORT_MODULE, f.name, EntityType::Function(ty));
    }

    let mut functions = FunctionSection::new();
    let mut code = CodeSection::new();
    let mut names = NameMap::new();
    for (i, f) in imports_list.iter().enumerate() {
        names.append(i as u32, &format!("host::{}", f.name));
    }
    for id in &reachable {
        let function = &module.functions[id.0 as usize];
        let (params, results) = FnEmitter::signature(&mut cx, function);
        let ty = cx.types.func(params, results);
        functions.function(ty);
        let (locals, body) = FnEmitter::emit(&mut cx, function);
        code.function(&encode_body(&locals, &body));
        names.append(cx.function(*id), &function.name);
    }
    // Helpers may ask for more helpers while their bodies are generated.
    let mut done = 0;
    while done < cx.helpers.len() {
        let helper = cx.helpers[done].clone();
        let (params, results, locals, body) = runtime::body(&helper, &mut cx);
        let ty = cx.types.func(params, results);
        functions.function(ty);
        code.function(&encode_body(&locals, &body));
        names.append(cx.first_helper + done as u32, &helper.name());
        done += 1;
    }
    if let Some(what) = cx.unsupported.take() {
        return Err(what);
    }

    let mut exports = ExportSection::new();
    exports.export(wasmrust_abi::MEMORY_EXPORT, ExportKind::Memory, 0);
    if let Some(main) = module.main {
        exports.export(wasmrust_abi::MAIN_EXPORT, ExportKind::Func, cx.function(main));
    }
    for (name, f) in &module.exports {
        exports.export(name, ExportKind::Func, cx.function(*f));
    }

    let static_end = STATIC_BASE + cx.statics.bytes.len() as u32;
    let mut memories = MemorySection::new();
    memories.memory(MemoryType {
        minimum: u64::from(static_end.div_ceil(PAGE)),
        maximum: None,
        memory64: false,
        shared: false,
        page_size_log2: None,
    });

    // The thread name's global exists when something reads it or a test sets it.
    let uses_thread_name = cx.uses_thread_name;
    let view = cx.types.view_of(&wasmrust_ir::Ty::Str);
    let mut globals = GlobalSection::new();
    globals.global(
        GlobalType {
            val_type: ValType::Ref(RefType { nullable: true, heap_type: HeapType::Concrete(view) }),
            mutable: true,
            shared: false,
        },
        &ConstExpr::ref_null(HeapType::Concrete(view)),
    );

    let mut elements = ElementSection::new();
    if !cx.declared.is_empty() {
        elements.declared(Elements::Functions(cx.declared.clone().into()));
    }

    let mut data = DataSection::new();
    data.active(0, &ConstExpr::i32_const(STATIC_BASE as i32), cx.statics.bytes.iter().copied());
    data.passive(cx.strings.bytes.iter().copied());

    let mut name_section = NameSection::new();
    name_section.functions(&names);

    // The host imports' function types come first, outside the recursion group, so that they
    // are the same types as the host's functions; everything else is one group.
    let mut types = TypeSection::new();
    let mut defs = cx.types.into_defs();
    let rest = defs.split_off(imports_list.len());
    for standalone in defs {
        types.ty().subtype(&standalone);
    }
    types.ty().rec(rest);

    let mut wasm = wasm_encoder::Module::new();
    wasm.section(&types).section(&imports_section).section(&functions).section(&memories);
    if uses_thread_name {
        wasm.section(&globals);
    }
    wasm.section(&exports);
    if !cx.declared.is_empty() {
        wasm.section(&elements);
    }
    wasm.section(&DataCountSection { count: 2 }).section(&code).section(&data).section(&name_section);
    Ok(wasm.finish())
}

fn abi_val_type(ty: wasmrust_abi::ValType) -> ValType {
    match ty {
        wasmrust_abi::ValType::I32 => ValType::I32,
        wasmrust_abi::ValType::I64 => ValType::I64,
        wasmrust_abi::ValType::F64 => ValType::F64,
    }
}

fn encode_body(locals: &[ValType], body: &[wasm_encoder::Instruction<'static>]) -> Function {
    let mut f = Function::new_with_locals_types(locals.iter().copied());
    for instruction in body {
        f.instruction(instruction);
    }
    f
}
