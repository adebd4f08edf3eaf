package io.jupyterkit.element;

import elemental2.core.JsArray;
import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import elemental2.dom.HTMLElement;
import io.jupyterkit.externs.browser.IntersectionObserver;
import io.jupyterkit.interop.JsJson;
import io.jupyterkit.nbformat.Cell;
import io.jupyterkit.nbformat.CellType;
import io.jupyterkit.nbformat.Notebook;
import io.jupyterkit.nbformat.NotebookReader;
import io.jupyterkit.nbformat.Output;
import java.util.ArrayList;
import java.util.List;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * A whole notebook: one {@link CellView} per cell, in order, in blocks of {@link #BLOCK_CELLS}. Cells are read in
 * short slices between frames; their DOM is built for the first screen at once, then in the background for the
 * first {@link #BUILD_AHEAD_CELLS} cells, and beyond that only for the blocks that near the screen, which until
 * then are empty boxes of about their height. So a notebook of 50,000 cells never freezes the page and its DOM
 * stays in proportion to what is read. Anything that needs every cell ({@link #finishNow()}) reads the rest first.
 */
final class NotebookView {
  /** Supplies the cells still to read, one at a time, so that reading is as lazy as rendering. */
  interface CellSource {
    int size();

    Cell read(int index);

    /** Cells already read. */
    static CellSource of(List<Cell> cells) {
      return new CellSource() {
        @Override
        public int size() {
          return cells.size();
        }

        @Override
        public Cell read(int index) {
          return cells.get(index);
        }
      };
    }

    /** An nbformat 4 cells array, each cell converted and read only when it is about to render. */
    static CellSource lazy(JsArray<Object> cells) {
      return new CellSource() {
        @Override
        public int size() {
          return cells.length;
        }

        @Override
        public Cell read(int index) {
          return NotebookReader.readCell(JsJson.fromJs(cells.getAt(index)));
        }
      };
    }
  }

  /** Enough cells to fill a screen, or as many as fit in this time, whichever comes first. */
  private static final int FIRST_SCREEN_CELLS = 10;
  private static final double FIRST_SCREEN_MS = 10;
  private static final double SLICE_MS = 12;
  /** Cells per block, the unit built when it nears the screen. */
  private static final int BLOCK_CELLS = 20;
  /** Cells built whether or not they near the screen: most notebooks are then wholly there (find in page works). */
  private static final int BUILD_AHEAD_CELLS = 500;
  /** Property under which a block's element keeps its block, for the observer. */
  private static final String BLOCK = "__jupyterKitBlock";

  /** A run of cells that is built together. */
  private static final class Block {
    final HTMLElement element = Dom.element("div", "block pending");
    final int first;
    int size;
    /** Cells of the block whose DOM is in it. */
    int built;
    boolean wanted;
    double estimatedHeight;

    Block(int first) {
      this.first = first;
    }
  }

  private final Notebook notebook;
  private final CellSource source;
  private final CellView.Actions actions;
  private final RenderContext context;
  private final Runnable onComplete;
  private final HTMLElement root;
  private final List<CellView> cells = new ArrayList<>();
  private final List<Block> blocks = new ArrayList<>();
  /** Blocks that neared the screen, to build first. */
  private final List<Block> wanted = new ArrayList<>();
  /** The first block that building ahead has not finished. */
  private int aheadBlock;
  private final HTMLElement caption;
  private final IntersectionObserver nearScreen;
  private int codeOrdinal;
  private double timer = -1;
  private boolean cancelled;
  private boolean completed;

  NotebookView(Notebook notebook, CellSource source, CellView.Actions actions, RenderContext context,
      Runnable onComplete) {
    this.notebook = notebook;
    this.source = source;
    this.actions = actions;
    this.context = context;
    this.onComplete = onComplete;
    root = Dom.element("div", "notebook");
    caption = Dom.element("header", "filename");
    caption.hidden = true;
    root.appendChild(caption);
    JsPropertyMap<Object> options = JsPropertyMap.of();
    options.set("rootMargin", "100% 0px 100% 0px");
    nearScreen = new IntersectionObserver((entries, observer) -> {
      for (int i = 0; i < entries.length; i++) {
        Block block = blockOf(entries.getAt(i).getTarget());
        if (block != null) {
          block.wanted = entries.getAt(i).isIntersecting();
          if (block.wanted && block.built < block.size) {
            wanted.add(block);
          }
        }
      }
      schedule();
    }, options);
  }

  /** Renders the first screen now and schedules the rest. */
  void start() {
    double begin = DomGlobal.performance.now();
    while (!cancelled && cells.size() < source.size() && cells.size() < FIRST_SCREEN_CELLS
        && DomGlobal.performance.now() - begin < FIRST_SCREEN_MS) {
      CellView view = readNext();
      buildNext(blockFor(view.index()));
    }
    schedule();
  }

  private void schedule() {
    if (timer < 0 && !cancelled) {
      timer = DomGlobal.setTimeout(ignored -> slice(), 0);
    }
  }

  /** One slice of background work: blocks near the screen first, then reading, then building ahead. */
  private void slice() {
    timer = -1;
    if (cancelled) {
      return;
    }
    double begin = DomGlobal.performance.now();
    context.deferOffscreen = true;
    try {
      while (DomGlobal.performance.now() - begin < SLICE_MS) {
        if (!step()) {
          complete();
          return;
        }
      }
    } finally {
      context.deferOffscreen = false;
    }
    schedule();
  }

  /** Does one piece of work; false when nothing is left for now. */
  private boolean step() {
    while (!wanted.isEmpty()) {
      Block block = wanted.get(0);
      if (block.wanted && block.built < block.size) {
        buildNext(block);
        return true;
      }
      wanted.remove(0);
    }
    if (cells.size() < source.size()) {
      readNext();
      return true;
    }
    while (aheadBlock < blocks.size() && blocks.get(aheadBlock).first < BUILD_AHEAD_CELLS) {
      Block block = blocks.get(aheadBlock);
      if (block.built < block.size) {
        buildNext(block);
        return true;
      }
      aheadBlock++;
    }
    return false;
  }

  private void complete() {
    if (!completed && cells.size() == source.size()) {
      completed = true;
      onComplete.run();
    }
  }

  /** Reads the next cell into the model and its block (DOM comes later). */
  private CellView readNext() {
    int index = cells.size();
    Cell cell = source.read(index);
    notebook.cells().add(cell);
    if (cell.type() == CellType.CODE) {
      codeOrdinal++;
    }
    CellView view = new CellView(cell, index, codeOrdinal, actions, context);
    view.whenDomNeeded(() -> buildAll(blockFor(index)));
    cells.add(view);
    Block block = index % BLOCK_CELLS == 0 ? newBlock(index) : blocks.get(blocks.size() - 1);
    block.size++;
    block.estimatedHeight += estimatedHeight(cell);
    if (block.built < block.size) {
      block.element.style.setProperty("min-height", block.estimatedHeight + "px");
      if (block.wanted) {
        // On screen already: the observer will not fire again for the cells read into it since.
        wanted.add(block);
      }
    }
    return view;
  }

  private Block newBlock(int first) {
    Block block = new Block(first);
    Js.asPropertyMap(block.element).set(BLOCK, block);
    blocks.add(block);
    root.appendChild(block.element);
    nearScreen.observe(block.element);
    return block;
  }

  private static Block blockOf(Element element) {
    Object block = Js.asPropertyMap(element).get(BLOCK);
    return block == null ? null : Js.uncheckedCast(block);
  }

  private Block blockFor(int index) {
    return blocks.get(index / BLOCK_CELLS);
  }

  /** Builds the DOM of the block's next cell. */
  private void buildNext(Block block) {
    CellView view = cells.get(block.first + block.built);
    block.element.appendChild(view.element());
    block.built++;
    if (block.built == block.size) {
      block.element.classList.remove("pending");
      block.element.style.removeProperty("min-height");
      if (block.size == BLOCK_CELLS) {
        nearScreen.unobserve(block.element);
      }
    }
  }

  private void buildAll(Block block) {
    while (block.built < block.size) {
      buildNext(block);
    }
  }

  /** About how tall a cell will be, so that unbuilt blocks take about the room they will. */
  private static double estimatedHeight(Cell cell) {
    double height = 24 + 19 * lines(cell.source());
    for (Output output : cell.outputs()) {
      switch (output.type()) {
        case STREAM:
          height += 19 * lines(output.text());
          break;
        case ERROR:
          height += 19 * Math.min(output.traceback().size() * 3, 40);
          break;
        default:
          height += output.data().has("image/png") || output.data().has("image/jpeg") ? 240 : 60;
      }
    }
    return height;
  }

  /** Lines of {@code text}, counting at most 40 (a long text is shown in a bounded box). */
  private static int lines(String text) {
    int count = 1;
    for (int at = text.indexOf('\n'); at >= 0 && count < 40; at = text.indexOf('\n', at + 1)) {
      count++;
    }
    return count;
  }

  /** Reads every remaining cell now (their DOM still comes as they near the screen). */
  void finishNow() {
    while (cells.size() < source.size()) {
      readNext();
    }
    if (!cancelled) {
      complete();
      schedule();
    }
  }

  /** Stops rendering: this view is being replaced. */
  void cancel() {
    cancelled = true;
    nearScreen.disconnect();
    if (timer >= 0) {
      DomGlobal.clearTimeout(timer);
      timer = -1;
    }
  }

  Notebook notebook() {
    return notebook;
  }

  HTMLElement element() {
    return root;
  }

  /** The view of cell {@code index}, reading up to it if needed; null when there is no such cell. */
  CellView cell(int index) {
    while (index >= cells.size() && index < source.size()) {
      readNext();
    }
    return index >= 0 && index < cells.size() ? cells.get(index) : null;
  }

  /** Shows {@code filename} above the cells, or nothing when it is null or empty. */
  void setCaption(String filename) {
    caption.textContent = filename == null ? "" : filename;
    caption.hidden = filename == null || filename.isEmpty();
  }

  void rehighlight() {
    for (CellView cell : cells) {
      cell.rehighlight();
    }
  }

  void refreshPrompts() {
    for (CellView cell : cells) {
      cell.refreshPrompts();
    }
  }

  /** Every cell's view, after reading all of them. */
  List<CellView> cells() {
    finishNow();
    return cells;
  }
}
