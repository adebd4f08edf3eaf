package io.jupyterkit.element;

import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import elemental2.dom.HTMLElement;
import elemental2.dom.ScrollIntoViewOptions;
import io.jupyterkit.externs.browser.IntersectionObserver;
import io.jupyterkit.nbformat.Cell;
import io.jupyterkit.nbformat.Output;
import io.jupyterkit.notebook.CellState;
import io.jupyterkit.notebook.NotebookModel;
import java.util.ArrayList;
import java.util.List;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * The DOM of a whole notebook, a view on its {@link NotebookModel}: one {@link CellView} per cell, in order, in
 * blocks of about {@link #BLOCK_CELLS}. Cells are read in short slices between frames; their DOM is built for the
 * first screen at once, then in the background for the first {@link #BUILD_AHEAD_CELLS} cells, and beyond that only
 * for the blocks that near the screen, which until then are empty boxes of about their height. So a notebook of
 * 50,000 cells never freezes the page and its DOM stays in proportion to what is read. Cells the reader adds,
 * deletes or moves go into (or leave) the block where they stand. Anything that needs every cell
 * ({@link #finishNow()}) reads the rest first.
 */
final class NotebookView implements NotebookModel.Listener {
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

  /** A run of cells that is built together; the cells whose DOM is in it come first. */
  static final class Block {
    final HTMLElement element = Dom.element("div", "block pending");
    final List<CellView> members = new ArrayList<>();
    /** Members whose DOM is in the block. */
    int built;
    boolean wanted;
    double estimatedHeight;

    boolean complete() {
      return built == members.size();
    }
  }

  private final NotebookModel model;
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
  private HTMLElement footer;
  private final IntersectionObserver nearScreen;
  private boolean held;
  private double timer = -1;
  private boolean cancelled;
  private boolean completed;

  NotebookView(NotebookModel model, CellView.Actions actions, RenderContext context, Runnable onComplete) {
    this.model = model;
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
          if (block.wanted && !block.complete()) {
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
    while (!cancelled && !model.fullyRead() && cells.size() < FIRST_SCREEN_CELLS
        && DomGlobal.performance.now() - begin < FIRST_SCREEN_MS) {
      buildNext(readNext().block);
    }
    schedule();
  }

  /**
   * Holds the background work (building the rest) until {@link #releaseBackgroundWork}: while the element's style
   * sheets load, their fetch is not kept waiting behind it.
   */
  void holdBackgroundWork() {
    held = true;
  }

  void releaseBackgroundWork() {
    held = false;
    schedule();
  }

  private void schedule() {
    if (timer < 0 && !cancelled && !held) {
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
      if (block.wanted && !block.complete() && blocks.contains(block)) {
        buildNext(block);
        return true;
      }
      wanted.remove(0);
    }
    if (!model.fullyRead()) {
      readNext();
      return true;
    }
    while (aheadBlock < blocks.size() && aheadBlock * BLOCK_CELLS < BUILD_AHEAD_CELLS) {
      Block block = blocks.get(aheadBlock);
      if (!block.complete()) {
        buildNext(block);
        return true;
      }
      aheadBlock++;
    }
    return false;
  }

  private void complete() {
    if (!completed && model.fullyRead()) {
      completed = true;
      onComplete.run();
    }
  }

  /** Reads the next cell into the model (which tells {@link #cellRead}) and returns its view. */
  private CellView readNext() {
    model.readNext();
    return cells.get(cells.size() - 1);
  }

  /** A cell was read, by this view or by anyone asking the model: its view goes into the last block. */
  @Override
  public void cellRead(CellState state) {
    CellView view = viewOf(state);
    cells.add(view);
    Block last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
    Block block = last == null || last.members.size() >= BLOCK_CELLS ? newBlock(blocks.size()) : last;
    view.block = block;
    block.members.add(view);
    block.estimatedHeight += estimatedHeight(view.cell());
    if (!block.complete()) {
      block.element.style.setProperty("min-height", block.estimatedHeight + "px");
      if (block.wanted) {
        // On screen already: the observer will not fire again for the cells read into it since.
        wanted.add(block);
      }
    }
  }

  /** The view of {@code state}: the one it had (a cell moved, or put back by undo) or a new one. */
  private CellView viewOf(CellState state) {
    if (state.view() instanceof CellView) {
      return (CellView) state.view();
    }
    CellView view = new CellView(state, actions, context);
    view.whenDomNeeded(() -> {
      if (view.block != null) {
        buildAll(view.block);
      }
    });
    return view;
  }

  private Block newBlock(int position) {
    Block block = new Block();
    Js.asPropertyMap(block.element).set(BLOCK, block);
    Element next = position < blocks.size() ? blocks.get(position).element : footer;
    blocks.add(position, block);
    root.insertBefore(block.element, next);
    nearScreen.observe(block.element);
    return block;
  }

  private static Block blockOf(Element element) {
    Object block = Js.asPropertyMap(element).get(BLOCK);
    return block == null ? null : Js.uncheckedCast(block);
  }

  /** Builds the DOM of the block's next cell. */
  private void buildNext(Block block) {
    CellView view = block.members.get(block.built);
    block.element.appendChild(view.element());
    block.built++;
    if (block.complete()) {
      block.element.classList.remove("pending");
      block.element.style.removeProperty("min-height");
      if (block.members.size() >= BLOCK_CELLS) {
        nearScreen.unobserve(block.element);
      }
    }
  }

  private void buildAll(Block block) {
    while (!block.complete()) {
      buildNext(block);
    }
  }

  @Override
  public void cellsInserted(int index, List<CellState> inserted) {
    for (int i = 0; i < inserted.size(); i++) {
      CellView view = viewOf(inserted.get(i));
      int at = index + i;
      Block block;
      int position;
      if (at < cells.size()) {
        block = cells.get(at).block;
        position = block.members.indexOf(cells.get(at));
      } else if (at > 0) {
        block = cells.get(at - 1).block;
        position = block.members.size();
      } else {
        block = newBlock(0);
        position = 0;
      }
      cells.add(at, view);
      view.block = block;
      block.members.add(position, view);
      if (position <= block.built) {
        // Where the reader is working: on screen now, in its place.
        HTMLElement next = position < block.built ? block.members.get(position + 1).element() : null;
        block.element.insertBefore(view.element(), next);
        block.built++;
        if (block.complete()) {
          block.element.classList.remove("pending");
          block.element.style.removeProperty("min-height");
        }
      }
    }
    renumber(index);
    MathTypesetter.numberingChanged(context);
  }

  @Override
  public void cellsRemoved(int index, List<CellState> removed) {
    for (int i = 0; i < removed.size(); i++) {
      CellView view = cells.remove(index);
      Block block = view.block;
      int position = block.members.indexOf(view);
      if (position < block.built) {
        block.element.removeChild(view.element());
        block.built--;
      }
      block.members.remove(position);
      view.block = null;
      if (block.members.isEmpty()) {
        nearScreen.unobserve(block.element);
        root.removeChild(block.element);
        int at = blocks.indexOf(block);
        blocks.remove(at);
        wanted.remove(block);
        if (aheadBlock > at) {
          aheadBlock--;
        }
      }
    }
    renumber(index);
    MathTypesetter.numberingChanged(context);
  }

  @Override
  public void changed() {
    // What is on screen already follows each cell's own changes.
  }

  /** Every open editor closes (the notebook became readonly). */
  void closeEditors() {
    for (CellView cell : cells) {
      cell.closeEditor();
    }
  }

  /** Builds the cell's block if it is not built and scrolls the cell into view if it is not. */
  void reveal(CellView view) {
    if (view.block != null) {
      buildAll(view.block);
    }
    ScrollIntoViewOptions options = ScrollIntoViewOptions.create();
    options.setBlock("nearest");
    view.element().scrollIntoView(options);
  }

  /** Puts {@code element} after the cells (the add-cell buttons); it stays last whatever is added. */
  void setFooter(HTMLElement element) {
    footer = element;
    root.appendChild(element);
  }

  private void renumber(int from) {
    for (int i = Math.max(0, from); i < cells.size(); i++) {
      if (cells.get(i).hasDom()) {
        cells.get(i).renumbered();
      }
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
    while (!model.fullyRead()) {
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

  NotebookModel model() {
    return model;
  }

  HTMLElement element() {
    return root;
  }

  /** The view of cell {@code index}, reading up to it if needed; null when there is no such cell. */
  CellView cell(int index) {
    while (index >= cells.size() && !model.fullyRead()) {
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
