/**
 * The block editor's side of the plugin: for each widget, the sidebar controls (from the settings the PHP side
 * prints, in the editor's language) and a live preview drawn by the widget itself inside the editor canvas.
 */
(function (wp, settings) {
  var el = wp.element.createElement;
  var useEffect = wp.element.useEffect;
  var useRef = wp.element.useRef;
  var blockEditor = wp.blockEditor;
  var components = wp.components;

  /** The widgets' script, loaded once into the document the canvas draws in (the editor's iframe, if it has one). */
  function useWidgetsScript(ref) {
    useEffect(function () {
      var doc = ref.current && ref.current.ownerDocument;
      if (!doc || doc.querySelector('script[data-cc4dr-widgets]')) {
        return;
      }
      var script = doc.createElement('script');
      script.type = 'module';
      script.src = settings.script;
      script.setAttribute('data-cc4dr-widgets', '');
      doc.head.appendChild(script);
    }, []);
  }

  function control(field, attributes, setAttributes) {
    var value = attributes[field.attribute];
    var set = function (next) {
      var change = {};
      change[field.attribute] = next === '' ? undefined : next;
      setAttributes(change);
    };
    var common = { key: field.attribute, label: field.label, help: field.hint || undefined, __nextHasNoMarginBottom: true };
    if (field.kind === 'toggle') {
      return el(components.ToggleControl, Object.assign(common, { checked: !!value, onChange: set }));
    }
    if (field.kind === 'select') {
      return el(
        components.SelectControl,
        Object.assign(common, {
          value: value === undefined ? '' : String(value),
          options: field.choices,
          __next40pxDefaultSize: true,
          onChange: function (next) {
            set(next !== '' && field.attribute === 'heading-level' ? Number(next) : next);
          },
        }),
      );
    }
    return el(
      components.TextControl,
      Object.assign(common, {
        type: field.kind === 'number' ? 'number' : 'text',
        min: field.kind === 'number' ? 1 : undefined,
        value: value === undefined ? '' : String(value),
        __next40pxDefaultSize: true,
        onChange: function (next) {
          // A number field half typed ("-") or emptied leaves the attribute out, rather than saving no number.
          var number = Number(next);
          set(field.kind !== 'number' ? next : next === '' || !isFinite(number) ? undefined : number);
        },
      }),
    );
  }

  /**
   * The element's own attributes as the preview writes them (not the block's className, lock or metadata). A boolean
   * is there or not, like the element's own: true, which React writes as "true" and the element reads as set.
   */
  function widgetAttributes(name, attributes) {
    var shown = {};
    settings.attributes[name].forEach(function (attribute) {
      var value = attributes[attribute];
      if (value === true) {
        shown[attribute] = true;
      } else if (value !== false && value !== undefined && value !== null && value !== '') {
        shown[attribute] = String(value);
      }
    });
    return shown;
  }

  /**
   * A click on a link inside a widget would take the editor's canvas to that page: the editor stops clicks on links,
   * but sees a click inside a widget's shadow root as one on the widget itself.
   */
  function keepCanvas(event) {
    var path = event.nativeEvent.composedPath ? event.nativeEvent.composedPath() : [];
    for (var i = 0; i < path.length && path[i] !== event.currentTarget; i += 1) {
      if (path[i].localName === 'a' || path[i].localName === 'area') {
        event.preventDefault();
        return;
      }
    }
  }

  Object.keys(settings.fields).forEach(function (name) {
    wp.blocks.registerBlockType('cc4dr/' + name, {
      edit: function (props) {
        var ref = useRef();
        useWidgetsScript(ref);
        var blockProps = blockEditor.useBlockProps({ ref: ref });
        return el(
          wp.element.Fragment,
          null,
          el(
            blockEditor.InspectorControls,
            null,
            el(
              components.PanelBody,
              { title: props.name ? wp.blocks.getBlockType(props.name).title : name },
              settings.fields[name].map(function (field) {
                return control(field, props.attributes, props.setAttributes);
              }),
            ),
          ),
          el(
            'div',
            Object.assign({}, blockProps, { onClickCapture: keepCanvas }),
            el('cc4dr-' + name, widgetAttributes(name, props.attributes)),
          ),
        );
      },
      save: function () {
        return null;
      },
    });
  });
})(window.wp, window.cc4drWidgets);
